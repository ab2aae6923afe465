/// The date an imported article gets, the first there is of: `mujaz import --date`, the dateline that opens the
/// text, the file's modification time. Once the `.md` is written its front matter's `date` is the article's date:
/// import never rewrites a `.md`, and enrich never touches `date`.
struct ImportedDate: Sendable {
    enum Source: Sendable, Equatable {
        case option
        case dateline
        /// No dateline (or one naming no real day): the import warns, naming the file.
        case fileTime
    }

    /// For the front matter: `2026-12-05`, `2026-12-05T09:30:00`, or the file time in UTC `2026-12-06T17:24:55Z`.
    var text: String
    var source: Source

    /// - Parameter modified: the file's modification time, in seconds since 1970.
    init(option: String?, dateline: DateLine?, modified: Int) {
        let fileDay = CalendarDay(daysSinceEpoch: Self.floorDivide(modified, 86_400))
        if let option {
            (text, source) = (option, .option)
        } else if let found = dateline?.frontMatterDate(notAfter: fileDay) {
            (text, source) = (found, .dateline)
        } else {
            let seconds = modified - fileDay.daysSinceEpoch * 86_400
            let time = TimeOfDay(hour: seconds / 3_600, minute: seconds / 60 % 60, second: seconds % 60)
            (text, source) = (ArticleDate.isoText(day: fileDay, time: time, utcOffsetMinutes: 0), .fileTime)
        }
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
