/// How dates are written on pages: which Arabic month names and which digits.
public struct DateStyle: Sendable, Equatable {
    /// `gregorian` writes أكتوبر (Egypt and the Maghreb); `levantine` writes تشرين الأول (Syria, Iraq, Jordan).
    public enum MonthNames: String, Sendable, CaseIterable {
        case gregorian
        case levantine
    }

    /// `arabicIndic` writes ٢٠٢٤, `latin` writes 2024.
    public enum Digits: String, Sendable, CaseIterable {
        case arabicIndic = "arabic-indic"
        case latin
    }

    public var monthNames: MonthNames
    public var digits: Digits

    public init(monthNames: MonthNames = .gregorian, digits: Digits = .arabicIndic) {
        self.monthNames = monthNames
        self.digits = digits
    }
}
