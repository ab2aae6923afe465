/// Numbers, dates, counts and reading times as Arabic readers expect them, in the site's date style.
struct ArabicFormatter: Sendable {
    let style: DateStyle

    static let gregorianMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    static let levantineMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]

    /// Silent reading speed of adults in Arabic: 138 words per minute (±20), from the International
    /// Reading Speed Texts study (Trauzettel-Klosinski, Dietz et al., IOVS 53(9), 2012).
    static let wordsPerMinute = 138

    func number(_ value: Int) -> String {
        digits(String(value))
    }

    /// `٠٩`: hours and minutes keep their leading zero.
    private func twoDigitNumber(_ value: Int) -> String {
        digits(value < 10 ? "0\(value)" : String(value))
    }

    private func digits(_ latin: String) -> String {
        guard style.digits == .arabicIndic else { return latin }
        return String(String.UnicodeScalarView(latin.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value - 0x30 + 0x0660) ?? scalar : scalar
        }))
    }

    /// `٢٥ ديسمبر ٢٠٢٤` or `٢٥ كانون الأول ٢٠٢٤`.
    func date(_ day: CalendarDay) -> String {
        let months = style.monthNames == .gregorian ? Self.gregorianMonths : Self.levantineMonths
        return "\(number(day.day)) \(months[day.month - 1]) \(number(day.year))"
    }

    /// The day, and the time when the article's date states one: `٢٥ ديسمبر ٢٠٢٤، الساعة ٠٩:٣٠`.
    func date(_ date: ArticleDate) -> String {
        guard let time = date.time else { return self.date(date.day) }
        return "\(self.date(date.day))، الساعة \(twoDigitNumber(time.hour)):\(twoDigitNumber(time.minute))"
    }

    /// Arabic counted nouns: 1 مقال واحد, 2 مقالان, 3–10 مقالات, 11–99 مقالًا, 100 مقال.
    func count(_ value: Int, _ noun: CountedNoun) -> String {
        switch value {
        case 1: return noun.one
        case 2: return noun.two
        default:
            switch value % 100 {
            case 3...10: return "\(number(value)) \(noun.plural)"
            case 11...99: return "\(number(value)) \(noun.accusative)"
            default: return "\(number(value)) \(noun.singular)"
            }
        }
    }

    /// `قراءة في ٣ دقائق`, at `wordsPerMinute`.
    func readingTime(words: Int) -> String {
        let minutes = max(1, (words + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
        return "قراءة في \(count(minutes, .minute))"
    }
}

/// The forms of an Arabic noun after a number.
struct CountedNoun: Sendable {
    var one: String
    var two: String
    var plural: String
    var accusative: String
    var singular: String

    static let article = CountedNoun(one: "مقال واحد", two: "مقالان", plural: "مقالات", accusative: "مقالًا", singular: "مقال")
    static let minute = CountedNoun(one: "دقيقة واحدة", two: "دقيقتين", plural: "دقائق", accusative: "دقيقة", singular: "دقيقة")
    static let page = CountedNoun(one: "صفحة واحدة", two: "صفحتان", plural: "صفحات", accusative: "صفحة", singular: "صفحة")
}
