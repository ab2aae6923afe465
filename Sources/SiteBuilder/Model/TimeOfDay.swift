/// A time of day as written beside a date, in the date's own time zone.
struct TimeOfDay: Sendable, Hashable {
    var hour: Int
    var minute: Int
    var second: Int = 0

    /// `09:30:00`.
    var isoString: String {
        [hour, minute, second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    }
}
