/// Light stemming on a matching key: the proclitics و ف, then the article forms ال بال كال فال لل. Names
/// keep their first letters (`بغداد`, `لبنان` are not split) because a bare ب ل ك is only offered separately.
struct ArabicStem {
    /// The key without conjunction and article.
    let stem: ArraySlice<Unicode.Scalar>
    /// The key without a bare preposition ب ل ك, when the word starts with one and no article was found.
    let bareStem: ArraySlice<Unicode.Scalar>?
    /// What was stripped, e.g. `و+ال`; empty when nothing was.
    let proclitic: String

    private static let waw: Unicode.Scalar = "\u{0648}"
    private static let faa: Unicode.Scalar = "\u{0641}"
    private static let baa: Unicode.Scalar = "\u{0628}"
    private static let lam: Unicode.Scalar = "\u{0644}"
    private static let kaf: Unicode.Scalar = "\u{0643}"
    private static let alef: Unicode.Scalar = "\u{0627}"

    init(key: [Unicode.Scalar]) {
        var rest = key[...]
        var proclitic = ""
        if let first = rest.first, first == Self.waw || first == Self.faa, rest.count >= 4 {
            proclitic.unicodeScalars.append(first)
            rest = rest.dropFirst()
        }
        var foundArticle = true
        if rest.count >= 4, rest[rest.startIndex] == Self.alef, rest[rest.startIndex + 1] == Self.lam {
            rest = rest.dropFirst(2)
            proclitic += "+ال"
        } else if rest.count >= 4, rest[rest.startIndex] == Self.lam, rest[rest.startIndex + 1] == Self.lam {
            rest = rest.dropFirst(2)
            proclitic += "+لل"
        } else if rest.count >= 5, [Self.baa, Self.kaf, Self.faa].contains(rest[rest.startIndex]),
                  rest[rest.startIndex + 1] == Self.alef, rest[rest.startIndex + 2] == Self.lam {
            proclitic += "+" + String(Character(rest[rest.startIndex])) + "ال"
            rest = rest.dropFirst(3)
        } else {
            foundArticle = false
        }
        stem = rest
        if !foundArticle, rest.count >= 4, let first = rest.first, [Self.baa, Self.lam, Self.kaf].contains(first) {
            bareStem = rest.dropFirst()
        } else {
            bareStem = nil
        }
        self.proclitic = proclitic
    }
}
