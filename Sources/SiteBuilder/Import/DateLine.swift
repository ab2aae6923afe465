import ArabicText

/// The dateline that opens a news article, read from the start of a text: a place, an agency, a day name and
/// the date, closed by a separator (`-`, `–`, `—`, `:`, `،`) or by the end of the text.
///
///     القاهرة - 5 ديسمبر 2026 - افتتح …         الدوحة (رويترز) - 14 نوفمبر 2025 - …
///     بيروت، ٣ كانون الأول ٢٠٢٤ — …             المدينة في 5/12/2026: …
///     الرياض - الأحد 15 جمادى الآخرة 1447 هـ     الإثنين 6 أكتوبر 2025 الساعة 9:30 صباحًا
///
/// Only the very start counts, so a date further on in running text is never taken for the article's own.
struct DateLine: Sendable, Hashable {
    enum Calendar: Sendable, Hashable {
        case gregorian
        case hijri
    }

    var calendar: Calendar
    /// Nil when the dateline leaves the year out (`القاهرة - 5 ديسمبر -`).
    var year: Int?
    var month: Int
    var day: Int
    var time: TimeOfDay?
    /// Minutes east of UTC, stated only by an ISO date-time.
    var utcOffsetMinutes: Int?
    /// Unicode scalars the dateline takes from the start of the text, its closing separator and spaces included.
    var length: Int
    /// The dateline is all of the text: a line of its own rather than the opening of a paragraph.
    var isWholeText: Bool

    /// Place words before the date (`رام الله`, `أديس أبابا`); more are a sentence, not a dateline.
    static let maximumPlaceWords = 3

    init(calendar: Calendar, year: Int?, month: Int, day: Int, time: TimeOfDay? = nil, utcOffsetMinutes: Int? = nil,
         length: Int, isWholeText: Bool) {
        self.calendar = calendar
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
        self.length = length
        self.isWholeText = isWholeText
    }

    /// The dateline that `text` opens with, if any.
    init?(parsing text: String) {
        if let whole = Self.isoDateTime(text) {
            self = whole
            return
        }
        guard let found = Parser(text).dateLine() else { return nil }
        self = found
    }

    /// The dateline a block of lines opens with: its first line when that line is all dateline (a dateline line
    /// with the paragraph right below it), else the opening of the lines joined by spaces, as `RawBlock.text`.
    init?(opening lines: [String]) {
        if lines.count > 1, var line = DateLine(parsing: lines[0]), line.isWholeText {
            line.length += 1
            line.isWholeText = false
            self = line
            return
        }
        self.init(parsing: lines.joined(separator: " "))
    }

    /// The Gregorian day the dateline names; a dateline without a year names the most recent such day not after
    /// `reference` (the file's modification day). Nil when that day does not exist.
    func gregorianDay(notAfter reference: CalendarDay) -> CalendarDay? {
        switch (calendar, year) {
        case (.gregorian, let year?):
            let stated = CalendarDay(year: year, month: month, day: day)
            return stated.isValid ? stated : nil
        case (.gregorian, nil):
            // Back to the last leap year at most, for 29 February.
            return (0...8).lazy.map { CalendarDay(year: reference.year - $0, month: month, day: day) }
                .first { $0.isValid && $0 <= reference }
        case (.hijri, let year?):
            return HijriCalendar.gregorianDay(year: year, month: month, day: day)
        case (.hijri, nil):
            let referenceYear = HijriCalendar.hijriDate(of: reference).year
            return (0...1).lazy.compactMap { HijriCalendar.gregorianDay(year: referenceYear - $0, month: month, day: day) }
                .first { $0 <= reference }
        }
    }

    /// The article's date for its front matter: `2026-12-05`, or `2026-12-05T09:30:00` with the time as written.
    func frontMatterDate(notAfter reference: CalendarDay) -> String? {
        gregorianDay(notAfter: reference).map { ArticleDate.isoText(day: $0, time: time, utcOffsetMinutes: utcOffsetMinutes) }
    }

    /// `paragraph` without the dateline that opens it: the running text summaries are chosen from.
    static func textAfter(_ dateline: DateLine?, in paragraph: String) -> String {
        guard let dateline else { return paragraph }
        return String(paragraph.unicodeScalars.dropFirst(dateline.length))
    }

    /// A line that is only an ISO date (`2025-10-06`, `2025-10-06T09:30:00+03:00`), the form front matter takes.
    private static func isoDateTime(_ text: String) -> DateLine? {
        guard let first = text.utf8.first, (0x30...0x39).contains(first), text.utf8.count <= 40,
              let date = ArticleDate(iso: text) else { return nil }
        return DateLine(calendar: .gregorian, year: date.day.year, month: date.day.month, day: date.day.day, time: date.time,
                        utcOffsetMinutes: date.time == nil ? nil : date.utcOffsetMinutes,
                        length: text.unicodeScalars.count, isWholeText: true)
    }
}

extension DateLine {
    /// Reads a dateline from the tokens of a text's first few dozen words.
    fileprivate struct Parser {
        enum Token: Equatable {
            case number(Int, digits: Int)
            /// A word's matching key.
            case word(String)
            case mark(Unicode.Scalar)
        }

        /// More tokens than any dateline takes: the rest of a paragraph is never read.
        static let tokenLimit = 48
        /// Words before the first number past which no dateline can start (place, agency, `في`, `يوم`, day name):
        /// running text stops being read there.
        static let wordsBeforeNumberLimit = 10
        static let separators: Set<Unicode.Scalar> = ["-", "–", "—", ":", "،", ","]
        static let commas: Set<Unicode.Scalar> = ["،", ","]
        static let numericJoiners: Set<Unicode.Scalar> = ["/", "-", "."]
        static let atWord = MatchingKey.of("في")
        static let correspondingWord = MatchingKey.of("الموافق")
        static let hourWord = MatchingKey.of("الساعة")
        static let eras: [String: Calendar] = {
            let names: [(String, Calendar)] = [
                ("م", .gregorian), ("ميلادي", .gregorian), ("ميلادية", .gregorian), ("هـ", .hijri), ("هجري", .hijri), ("هجرية", .hijri),
            ]
            return Dictionary(uniqueKeysWithValues: names.map { (MatchingKey.of($0.0), $0.1) })
        }()
        static let morning: Set<String> = Set(["ص", "صباحا", "صباحًا"].map(MatchingKey.of))
        static let evening: Set<String> = Set(["م", "مساء", "مساءً", "مساءا"].map(MatchingKey.of))

        private var tokens: [Token] = []
        /// Where each token starts, in Unicode scalars from the start of the text.
        private var starts: [Int] = []
        /// Words' keys by token index, nil for other tokens: month names are looked up in it.
        private var words: [String?] = []
        private var scalarCount = 0
        /// Whether the text goes on past the last token read.
        private var truncated = false

        init(_ text: String) {
            let scalars = text.unicodeScalars
            var index = scalars.startIndex
            var offset = 0
            var words = 0, sawNumber = false
            while index < scalars.endIndex, tokens.count <= Self.tokenLimit, sawNumber || words < Self.wordsBeforeNumberLimit {
                let scalar = scalars[index]
                let start = index, startOffset = offset
                if let digit = Self.digitValue(scalar) {
                    var value = digit, digits = 1
                    scalars.formIndex(after: &index)
                    offset += 1
                    while index < scalars.endIndex, let next = Self.digitValue(scalars[index]), digits < 9 {
                        value = value * 10 + next
                        digits += 1
                        scalars.formIndex(after: &index)
                        offset += 1
                    }
                    append(.number(value, digits: digits), at: startOffset)
                    sawNumber = true
                } else if Self.isWordScalar(scalar) {
                    while index < scalars.endIndex, Self.isWordScalar(scalars[index]) {
                        scalars.formIndex(after: &index)
                        offset += 1
                    }
                    append(.word(MatchingKey.of(Substring(scalars[start..<index]))), at: startOffset)
                    words += 1
                } else {
                    scalars.formIndex(after: &index)
                    offset += 1
                    if !Self.partsTokens(scalar) {
                        append(.mark(scalar), at: startOffset)
                    }
                }
            }
            truncated = index < scalars.endIndex
            scalarCount = offset
        }

        private mutating func append(_ token: Token, at start: Int) {
            tokens.append(token)
            starts.append(start)
            if case .word(let key) = token { words.append(key) } else { words.append(nil) }
        }

        /// Place words, an agency in brackets, `في` and day names may come before the date, parted by separators.
        func dateLine() -> DateLine? {
            var index = 0, placeWords = 0, afterAt = false
            while index < tokens.count {
                if let (stated, next) = date(at: index) {
                    return finish(stated, at: next, afterAt: afterAt)
                }
                switch tokens[index] {
                case .word(let key) where ArabicMonthNames.weekdays.contains(key):
                    break
                case .word(let key) where key == Self.atWord:
                    afterAt = true
                case .word:
                    placeWords += 1
                    afterAt = false
                    guard placeWords <= DateLine.maximumPlaceWords else { return nil }
                case .mark("("):
                    guard let close = closingBracket(after: index) else { return nil }
                    index = close
                case .mark(let mark) where Self.separators.contains(mark):
                    afterAt = false
                default:
                    return nil
                }
                index += 1
            }
            return nil
        }

        /// An agency (`رويترز`, `أ.ف.ب`): a few tokens without digits, then `)`.
        private func closingBracket(after open: Int) -> Int? {
            for index in open + 1..<min(tokens.count, open + 10) {
                switch tokens[index] {
                case .mark(")"): return index > open + 1 ? index : nil
                case .number, .mark("("): return nil
                default: continue
                }
            }
            return nil
        }

        /// After the date: a second date for the same day (`الموافق`), a time, then the closing separator.
        private func finish(_ stated: Stated, at start: Int, afterAt: Bool) -> DateLine? {
            var index = start
            var stated = stated
            let corresponding = tokens.indices.contains(index) && isComma(index) ? index + 1 : index
            if word(at: corresponding) == Self.correspondingWord, let (other, next) = date(at: corresponding + 1) {
                // The Gregorian date as printed beats one converted from the Hijri.
                if stated.calendar == .hijri { stated = other }
                index = next
            }
            let time = timeOfDay(at: &index)
            let closed: Bool
            if index == tokens.count {
                closed = !truncated
            } else if case .mark(let mark) = tokens[index], Self.separators.contains(mark) {
                // `وتم تعميده في 17 ديسمبر 1770، …` is a sentence: after `في`, a dateline closes with a dash or colon.
                closed = !(afterAt && Self.commas.contains(mark))
            } else {
                closed = false
            }
            guard closed else { return nil }
            let end = index + 1 < tokens.count ? starts[index + 1] : scalarCount
            return DateLine(calendar: stated.calendar, year: stated.year, month: stated.month, day: stated.day, time: time,
                            length: end, isWholeText: index + 1 >= tokens.count && !truncated)
        }

        struct Stated {
            var calendar: Calendar
            var year: Int?
            var month: Int
            var day: Int
        }

        /// `5/12/2026`, `2026-12-05`, or a day, month names (`أكتوبر/تشرين الأول`), a year and its era.
        private func date(at index: Int) -> (Stated, Int)? {
            guard case .number(let first, let firstDigits)? = token(at: index) else { return nil }
            if case .mark(let joiner)? = token(at: index + 1), Self.numericJoiners.contains(joiner),
               case .number(let second, _)? = token(at: index + 2), token(at: index + 3) == .mark(joiner),
               case .number(let third, let thirdDigits)? = token(at: index + 4) {
                var next = index + 5
                let calendar = era(at: &next) ?? .gregorian
                if firstDigits == 4 { return validated(Stated(calendar: calendar, year: first, month: second, day: third), next) }
                if thirdDigits == 4 { return validated(Stated(calendar: calendar, year: third, month: second, day: first), next) }
                return nil
            }
            guard firstDigits <= 2, let (month, length) = ArabicMonthNames.month(startingAt: index + 1, in: words) else { return nil }
            var next = index + 1 + length
            while true {
                let slash = token(at: next) == .mark("/") ? 1 : 0
                guard let (same, sameLength) = ArabicMonthNames.month(startingAt: next + slash, in: words), same == month else { break }
                next += slash + sameLength
            }
            var year: Int?
            if case .number(let value, let digits)? = token(at: next), digits == 4 {
                year = value
                next += 1
                if let calendar = era(at: &next), calendar != month.calendar { return nil }
            }
            return validated(Stated(calendar: month.calendar, year: year, month: month.number, day: first), next)
        }

        private func validated(_ stated: Stated, _ next: Int) -> (Stated, Int)? {
            guard (1...12).contains(stated.month), stated.day >= 1 else { return nil }
            switch (stated.calendar, stated.year) {
            case (.gregorian, let year?):
                guard CalendarDay(year: year, month: stated.month, day: stated.day).isValid else { return nil }
            case (.gregorian, nil):
                // Any leap year: 29 February is a day some years have.
                guard stated.day <= CalendarDay.daysInMonth(stated.month, year: 2000) else { return nil }
            case (.hijri, _):
                guard stated.day <= 30 else { return nil }
            }
            return (stated, next)
        }

        /// `م` or `هـ` after a year (written apart or joined: `2025م`).
        private func era(at index: inout Int) -> Calendar? {
            guard let key = word(at: index), let calendar = Self.eras[key] else { return nil }
            index += 1
            return calendar
        }

        /// `9:30`, `الساعة 21:15`, `9:30 صباحًا`, `، 8:05 م`.
        private func timeOfDay(at index: inout Int) -> TimeOfDay? {
            var cursor = index
            if tokens.indices.contains(cursor), case .mark(let mark) = tokens[cursor], mark == "-" || Self.commas.contains(mark) {
                cursor += 1
            }
            if word(at: cursor) == Self.hourWord { cursor += 1 }
            guard case .number(var hour, let hourDigits)? = token(at: cursor), hourDigits <= 2, token(at: cursor + 1) == .mark(":"),
                  case .number(let minute, 2)? = token(at: cursor + 2), hour < 24, minute < 60 else { return nil }
            cursor += 3
            var second = 0
            if token(at: cursor) == .mark(":"), case .number(let value, 2)? = token(at: cursor + 1), value < 60 {
                second = value
                cursor += 2
            }
            if let key = word(at: cursor), hour <= 12, Self.morning.contains(key) || Self.evening.contains(key) {
                hour = Self.morning.contains(key) ? hour % 12 : hour % 12 + 12
                cursor += 1
            }
            index = cursor
            return TimeOfDay(hour: hour, minute: minute, second: second)
        }

        private func token(at index: Int) -> Token? {
            tokens.indices.contains(index) ? tokens[index] : nil
        }

        private func word(at index: Int) -> String? {
            words.indices.contains(index) ? words[index] : nil
        }

        private func isComma(_ index: Int) -> Bool {
            if case .mark(let mark) = tokens[index] { Self.commas.contains(mark) } else { false }
        }

        /// ASCII, Arabic-Indic and Extended Arabic-Indic digits.
        private static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar.value {
            case 0x30...0x39: Int(scalar.value - 0x30)
            case 0x0660...0x0669: Int(scalar.value - 0x0660)
            case 0x06F0...0x06F9: Int(scalar.value - 0x06F0)
            default: nil
            }
        }

        /// Letters, with the marks and tatweel that Arabic words carry (`هـ`, `صباحًا`). Arabic letters and
        /// ASCII are answered without Unicode's property tables, which cost more than the rest of the reading.
        private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x0621...0x065F, 0x0670...0x06D3: true
            case 0...0x7F, 0x0600...0x0620, 0x0660...0x066D: false
            default: scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
            }
        }

        /// Spaces, and invisible marks of direction, only part tokens.
        private static func partsTokens(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x20, 0x09...0x0D: true
            case 0...0x7F: false
            default: scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
            }
        }
    }
}
