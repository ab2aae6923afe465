/// What the last successful build left in `SITE/.mujaz/build-record`: the fingerprint of its inputs, the
/// signature of the output it wrote, its counts, and the hashed inputs (reused while their status is unchanged).
struct BuildRecord: Sendable, Hashable {
    static let fileName = "build-record"
    private static let signature = "mujaz-build-record 1"

    var fingerprint: ContentHash
    var outputSignature: ContentHash
    var articles: Int
    var entityPages: Int
    var pages: Int
    var inputs: [String: InputFile]

    static func load(from file: String) -> BuildRecord? {
        guard let bytes = FileSystem.contents(file) else { return nil }
        let lines = bytes.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 6, lines[0] == signature,
              let fingerprint = hash(after: "fingerprint ", in: lines[1]),
              let outputSignature = hash(after: "output ", in: lines[2]),
              let articles = number(after: "articles ", in: lines[3]),
              let entityPages = number(after: "entity-pages ", in: lines[4]),
              let pages = number(after: "pages ", in: lines[5])
        else { return nil }
        var inputs: [String: InputFile] = [:]
        inputs.reserveCapacity(lines.count)
        for line in lines.dropFirst(6) {
            // "hash size modified changed inode path": the path is last because it may contain spaces.
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, let hash = ContentHash(hex: fields[0]),
                  let size = Int(fields[1]), let modified = Int64(fields[2]),
                  let changed = Int64(fields[3]), let inode = UInt64(fields[4])
            else { return nil }
            let signature = InputFile.Signature(size: size, modified: modified, changed: changed, inode: inode)
            inputs[String(fields[5])] = InputFile(signature: signature, hash: hash)
        }
        return BuildRecord(fingerprint: fingerprint, outputSignature: outputSignature, articles: articles,
                           entityPages: entityPages, pages: pages, inputs: inputs)
    }

    func save(to file: String) throws(Diagnostic) {
        var text = "\(Self.signature)\nfingerprint \(fingerprint)\noutput \(outputSignature)\n"
        text += "articles \(articles)\nentity-pages \(entityPages)\npages \(pages)\n"
        for path in inputs.keys.sorted() {
            guard let input = inputs[path] else { continue }
            let signature = input.signature
            text += "\(input.hash) \(signature.size) \(signature.modified) \(signature.changed) \(signature.inode) \(path)\n"
        }
        _ = try FileSystem.replaceAtomically(file, with: Array(text.utf8), temporaryName: OutputPathRules.temporaryPrefix + Self.fileName)
    }

    private static func hash(after prefix: String, in line: String) -> ContentHash? {
        line.hasPrefix(prefix) ? ContentHash(hex: line.dropFirst(prefix.count)) : nil
    }

    private static func number(after prefix: String, in line: String) -> Int? {
        line.hasPrefix(prefix) ? Int(line.dropFirst(prefix.count)) : nil
    }
}
