/// The letters of a name that writers keep when they spell it differently: its matching key without the long
/// vowels and hamza seats inside words (ا و ي ء ئ ؤ after the first letter) and with doubled letters written
/// once. `السوفييتي` and `السوفيتي`, `أمريكا` and `أميركا`, `لودفيج` and `لودفج` share one; it is a clue to
/// check against other evidence, never an identity by itself.
enum SpellingSkeleton {
    static func of(_ wordKeys: [String]) -> [String] {
        wordKeys.map { key in
            var letters: [Unicode.Scalar] = []
            for scalar in key.unicodeScalars {
                if !letters.isEmpty, isWeak(scalar) { continue }
                if letters.last == scalar { continue }
                letters.append(scalar)
            }
            return String(String.UnicodeScalarView(letters))
        }
    }

    static func isWeak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{0627}", "\u{0648}", "\u{064A}", "\u{0621}", "\u{0626}", "\u{0624}": true
        default: false
        }
    }
}
