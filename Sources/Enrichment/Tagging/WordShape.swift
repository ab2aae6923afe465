/// The look of a token with letters folded into classes: `a` Arabic letter, `X`/`x` Latin upper/lower,
/// `d` digit, `p` punctuation, `o` anything else; runs collapse and only the first five classes count.
enum WordShape {
    static func of(_ token: String) -> UInt64 {
        var shape: [UInt8] = []
        for scalar in token.unicodeScalars {
            let symbol = symbol(for: scalar)
            if shape.last != symbol { shape.append(symbol) }
            if shape.count == 5 { break }
        }
        var hash = FeatureHash.of(-3)
        for symbol in shape { hash = FeatureHash.combine(hash, UInt64(symbol)) }
        return hash
    }

    private static func symbol(for scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x0621...0x064A, 0x0671...0x06D3, 0x06A9, 0x06CC: UInt8(ascii: "a")
        case 0x0041...0x005A: UInt8(ascii: "X")
        case 0x0061...0x007A: UInt8(ascii: "x")
        case 0x0030...0x0039, 0x0660...0x0669, 0x06F0...0x06F9: UInt8(ascii: "d")
        case 0x064B...0x0652, 0x0670, 0x0640: UInt8(ascii: "h")
        default: scalar.properties.generalCategory.isPunctuation ? UInt8(ascii: "p") : UInt8(ascii: "o")
        }
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol:
            true
        default:
            false
        }
    }
}
