import Foundation

/// A small hand-written Arabic site, written into a fresh temporary folder for each test.
struct SiteFixture {
    let root: URL

    static let config = """
    title: موجز الاختبار
    description: موقع تجريبي لاختبار موجز
    base_url: https://example.org/
    items_per_page: 2

    """

    static let articles: [String: String] = [
        "cairo-talks.md": """
        ---
        title: القاهرة تستضيف محادثات التهدئة
        date: 2024-10-05T14:30:00+03:00
        summary: استضافت القاهرة جولة جديدة من المحادثات. وشارك فيها ممثلون عن حماس.
        people:
          - محمد أحمد
        organizations:
          - حركة حماس
        places:
          - القاهرة
          - الأردن
        source: مراسلنا
        ---
        استضافت **القاهرة** جولة جديدة من المحادثات.

        ## التفاصيل

        | الطرف | الموقف |
        |---|---|
        | حماس | موافقة |

        """,
        "amman.md": """
        ---
        title: عمّان تعلن خطة للمياه
        date: 2024-10-05T09:00:00+03:00
        summary: أعلنت الحكومة في الاردن خطة جديدة للمياه.
        organizations:
          - حماس
        places:
          - الاردن
        ---
        أعلنت الحكومة خطة جديدة. <b>لا</b> يظهر هذا الوسم.

        """,
        "hostile.md": """
        ---
        title: "<script>alert(1)</script>"
        date: 2024-10-04
        summary: "ملخص فيه </script> و & و \\"اقتباس\\""
        places:
          - القاهرة
        ---
        نص عادي.

        """,
        "draft.md": """
        ---
        title: مسودة لا تنشر
        date: 2024-10-06
        draft: true
        ---
        مسودة.

        """,
    ]

    init(articles: [String: String] = SiteFixture.articles, config: String = SiteFixture.config) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-site-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try config.write(to: root.appendingPathComponent("mujaz.yml"), atomically: false, encoding: .utf8)
        for (name, text) in articles {
            try write(text, to: "Content/\(name)")
        }
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    var publicFolder: URL { root.appendingPathComponent("Public", isDirectory: true) }

    /// Every file under `Public/` by relative path, with its bytes.
    func publishedFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: publicFolder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(publicFolder.standardizedFileURL.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: publicFolder.appendingPathComponent(path), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
