import Foundation

/// An article's ISO 8601 date: the instant (for ordering and feeds) and the day as written (for briefings).
struct ArticleDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    var instant: Int
    var day: CalendarDay
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
        if accept("T ") {
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
        self.day = day
        self.instant = day.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        self.isoString = Self.format(day: day, hour: hour, minute: minute, second: second, offsetMinutes: offsetMinutes)
    }

    private static func format(day: CalendarDay, hour: Int, minute: Int, second: Int, offsetMinutes: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let offset = offsetMinutes == 0
            ? "Z"
            : "\(offsetMinutes < 0 ? "-" : "+")\(two(abs(offsetMinutes) / 60)):\(two(abs(offsetMinutes) % 60))"
        return "\(day.isoString)T\(two(hour)):\(two(minute)):\(two(second))\(offset)"
    }

    static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
        (lhs.instant, lhs.isoString) < (rhs.instant, rhs.isoString)
    }
}
