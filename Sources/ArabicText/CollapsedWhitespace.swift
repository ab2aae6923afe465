extension Substring {
    /// The words of the text (split at whitespace, as characters) joined with single spaces: runs of whitespace
    /// made one space, none at the ends. Nearly all text is already so, and checking its scalars for that costs
    /// far less than splitting it into characters.
    public func collapsingWhitespace() -> String {
        withUTF8Scalars(Self.isCollapsed) ? String(self) : split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Punctuation common in Arabic news outside ASCII and the Arabic block: « » – — ‘ ’ “ ” …
    private static let commonPunctuation: Set<UInt32> = [0x00AB, 0x00BB, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026]

    /// Text that splitting at whitespace and joining with single spaces leaves as it is: single spaces between
    /// words, none at the ends, no other whitespace, and nothing that joins a space into one character with its
    /// neighbour (a combining mark after it, a prepended sign before it). Unsure means no.
    private static func isCollapsed(_ scalars: UTF8Scalars) -> Bool {
        var previousIsSpace = true
        var position = 0
        while position < scalars.count {
            let (scalar, next) = scalars.scalar(at: position)
            position = next
            let value = scalar.value
            if value == 0x20 {
                if previousIsSpace { return false }
                previousIsSpace = true
                continue
            }
            if value < 0x80 {
                if value < 0x20 || value == 0x7F { return false }
            } else if (0x0600...0x06FF).contains(value) {
                let isMark = (0x0610...0x061A).contains(value) || (0x064B...0x065F).contains(value) || value == 0x0670
                    || (0x06D6...0x06ED).contains(value)
                let isPrepended = (0x0600...0x0605).contains(value) || value == 0x06DD
                if isPrepended || (isMark && previousIsSpace) { return false }
            } else if !commonPunctuation.contains(value) {
                return false
            }
            previousIsSpace = false
        }
        return !previousIsSpace
    }
}
