/// The two scripts of Arabic news, which never meet inside one word.
public enum WritingScript: Sendable {
    case arabic, latin, other

    public static func of(_ scalar: Unicode.Scalar) -> WritingScript {
        let value = scalar.value
        if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || ((0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7) {
            return .latin
        }
        if (0x0620...0x064A).contains(value) || (0x0671...0x06D3).contains(value) { return .arabic }
        return .other
    }

    /// The script of a word's first scalar.
    public static func of(word: some StringProtocol) -> WritingScript {
        word.unicodeScalars.first.map(of) ?? .other
    }
}
