import Foundation

/// An article's ISO 8601 date: the instant (for ordering and feeds) and the day as written (for briefings).
struct ArticleDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    var instant: Int
    var day: CalendarDay
    /// The time as written, nil for a date written without one (`2024-12-25`): pages show only what was written.
    var time: TimeOfDay?
    /// The date in full ISO 8601 form with its offset, e.g. `2024-12-25T03:28:00+03:00`.
    var isoString: String

    /// Accepts `2024-12-25`, `2024-12-25T03:28`, `2024-12-25T03:28:00`, with `Z`, `+03:00` or `+0300`,
    /// optional fractional seconds and a space instead of `T`. A date without an offset is taken as UTC.
    init?(iso text: String) {
        // Read as bytes: dates are parsed for every article of every build, and an ISO date is ASCII. Only text
        // with other characters (a no-break space around it, say) goes through Foundation's trimming.
        var bytes = Array(text.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) {
            bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        } else {
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
            let leading = bytes.prefix { $0 == 0x20 || $0 == 0x09 }.count
            bytes.removeFirst(leading)
        }
        var cursor = 0
        func number(_ width: Int) -> Int? {
            guard cursor + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[cursor..<cursor + width] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            cursor += width
            return value
        }
        func accept(_ characters: StaticString) -> Bool {
            guard cursor < bytes.count else { return false }
            let found = characters.withUTF8Buffer { $0.contains(bytes[cursor]) }
            if found { cursor += 1 }
            return found
        }
        guard let year = number(4), accept("-"), let month = number(2), accept("-"), let dayOfMonth = number(2) else { return nil }
        let day = CalendarDay(year: year, month: month, day: dayOfMonth)
        guard day.isValid else { return nil }
        var hour = 0, minute = 0, second = 0, offsetMinutes = 0
        let hasTime = accept("T ")
        if hasTime {
            guard let h = number(2), accept(":"), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h
            minute = m
            if accept(":") {
                guard let s = number(2), s < 61 else { return nil }
                second = min(s, 59)
                if accept(".,") {
                    while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
                }
            }
            if accept("Zz") {
                offsetMinutes = 0
            } else if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-") {
                let sign = bytes[cursor] == UInt8(ascii: "-") ? -1 : 1
                cursor += 1
                guard let offsetHours = number(2), offsetHours < 24 else { return nil }
                _ = accept(":")
                guard let offsetMinutesPart = number(2), offsetMinutesPart < 60 else { return nil }
                offsetMinutes = sign * (offsetHours * 60 + offsetMinutesPart)
            }
        }
        guard cursor == bytes.count else { return nil }
        let time = TimeOfDay(hour: hour, minute: minute, second: second)
        self.day = day
        self.time = hasTime ? time : nil
        self.utcOffsetMinutes = offsetMinutes
        self.instant = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        self.isoString = Self.isoText(day: day, time: time, utcOffsetMinutes: offsetMinutes)
    }

    /// Minutes east of UTC; 0 for a date written without an offset.
    var utcOffsetMinutes: Int

    /// The ISO form with a time only when one was written (`2024-12-25` stays so): what caches keep and
    /// render keys hash, since pages show the time only then.
    var isoStringAsWritten: String {
        time == nil ? day.isoString : isoString
    }

    /// `2024-12-25`, or with a time `2024-12-25T03:28:00`, followed by the offset when there is one (`Z` for 0).
    static func isoText(day: CalendarDay, time: TimeOfDay?, utcOffsetMinutes: Int?) -> String {
        guard let time else { return day.isoString }
        guard let offsetMinutes = utcOffsetMinutes else { return "\(day.isoString)T\(time.isoString)" }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let offset = offsetMinutes == 0
            ? "Z"
            : "\(offsetMinutes < 0 ? "-" : "+")\(two(abs(offsetMinutes) / 60)):\(two(abs(offsetMinutes) % 60))"
        return "\(day.isoString)T\(time.isoString)\(offset)"
    }

    static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.instant, lhs.isoString) < (rhs.instant, rhs.isoString)
    }
}
