/// Two spellings of one name in one article that differ by a slip of the pen: a word with the same letter
/// shapes but other dots (`الانحاد` for `الاتحاد`), or a long word with one letter dropped (`بنسفانيا` for
/// `بنسلفانيا`). The same article naming both is the evidence; names are otherwise word for word the same. The
/// spelling general text knows is the right one.
enum Misspellings {
    /// Words shorter than this may lose a letter and be another word (`حسن`, `حسين`).
    private static let shortestDroppingWord = 6

    /// The one word in which two names of the same words differ by a slip, as (`lhs`'s, `rhs`'s); nil when they
    /// differ otherwise.
    static func slip(between lhs: [String], and rhs: [String]) -> (String, String)? {
        // Asked of every pair of an article's names: most pairs are told apart without building anything.
        guard lhs.count == rhs.count else { return nil }
        var differing: Int?
        for index in lhs.indices where lhs[index] != rhs[index] {
            guard differing == nil else { return nil }
            differing = index
        }
        guard let index = differing, abs(lhs[index].utf8.count - rhs[index].utf8.count) <= 2, isSlip(lhs[index], rhs[index])
        else { return nil }
        return (lhs[index], rhs[index])
    }

    private static func isSlip(_ left: String, _ right: String) -> Bool {
        let leftLetters = Array(left.unicodeScalars), rightLetters = Array(right.unicodeScalars)
        if leftLetters.count == rightLetters.count { return leftLetters.map(shape).elementsEqual(rightLetters.map(shape)) }
        let (long, short) = leftLetters.count > rightLetters.count ? (leftLetters, rightLetters) : (rightLetters, leftLetters)
        guard long.count == short.count + 1, long.count >= shortestDroppingWord else { return false }
        return long.indices.contains { dropped in
            long[..<dropped].elementsEqual(short[..<dropped]) && long[(dropped + 1)...].elementsEqual(short[dropped...])
        }
    }

    /// The letter without its dots (one representative per shape).
    private static func shape(_ letter: Unicode.Scalar) -> Unicode.Scalar {
        switch letter {
        case "ت", "ث", "ن", "ي": "ب"
        case "ج", "خ": "ح"
        case "ذ": "د"
        case "ز": "ر"
        case "ش": "س"
        case "ض": "ص"
        case "ظ": "ط"
        case "غ": "ع"
        case "ق": "ف"
        default: letter
        }
    }
}
