import Foundation

extension String {
    /// What `contains(" ")` answers (Foundation's search, which bridges to `NSString`), found without that search
    /// when the text has no space, or a space between plain letters (ASCII or Arabic) as between the words of a
    /// name: asked of every name and word form, the search was a hundredth of an import. A space next to a mark or
    /// a joiner is left to Foundation, whose answer there is its own.
    var containsSpace: Bool {
        let scalars = unicodeScalars
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        var sawSpace = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            scalars.formIndex(after: &index)
            if scalar == " " {
                sawSpace = true
                let next = index < scalars.endIndex ? scalars[index] : nil
                if previous.map(Self.isPlainLetter) ?? true, next.map(Self.isPlainLetter) ?? true { return true }
            }
            previous = scalar
        }
        return sawSpace && range(of: " ") != nil
    }

    /// ASCII or an Arabic letter: never part of a space's character, whichever side of it.
    private static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || (0x0621...0x064A).contains(scalar.value)
    }
}
