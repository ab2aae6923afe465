import Testing
@testable import SiteBuilder

/// The order of the date rule, on values: `--date`, then the dateline, then the file's modification time.
@Suite struct ImportImportedDateTests {
    /// 2026-12-10T12:00:00Z.
    static let modified = 1_796_904_000
    static let dateline = DateLine(parsing: "القاهرة - 5 ديسمبر - افتتح المعرض.")

    @Test func theOptionComesFirst() {
        let date = ImportedDate(option: "2025-01-02", dateline: Self.dateline, modified: Self.modified)
        #expect(date.text == "2025-01-02" && date.source == .option)
    }

    @Test func thenTheDatelineWithTheYearTheFileTimeGives() {
        let date = ImportedDate(option: nil, dateline: Self.dateline, modified: Self.modified)
        #expect(date.text == "2026-12-05" && date.source == .dateline)
        let afterNewYear = Self.modified + 30 * 86_400
        #expect(ImportedDate(option: nil, dateline: DateLine(parsing: "القاهرة - 15 ديسمبر -"), modified: afterNewYear).text == "2026-12-15")
    }

    @Test func thenTheFileTimeInUTC() {
        let date = ImportedDate(option: nil, dateline: nil, modified: Self.modified + 3_723)
        #expect(date.text == "2026-12-10T13:02:03Z" && date.source == .fileTime)
        #expect(ImportedDate(option: nil, dateline: nil, modified: -1).text == "1969-12-31T23:59:59Z")
    }
}
