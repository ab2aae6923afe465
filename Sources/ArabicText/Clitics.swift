/// Light stemming of Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك and the article ال.
///
/// A word's first letters are only taken for clitics when the spelling proves it (a conjunction before the
/// article or before a hamza-carrying alef, a preposition before the article) or when the rest of the word is
/// known: `isKnownName` (a lexicon such as the gazetteer) or `isAttested` (seen standing alone, e.g. elsewhere in
/// the same article), both called with the standalone form. So `لحماس` loses its ل only when `حماس` is known
/// or attested, while `بغداد`, `وزارة`, `فلسطين` stay whole; a word that is itself a known name is never split.
public enum Clitics {
    public static func split(
        _ word: Substring,
        isKnownName: (String) -> Bool = { _ in false },
        isAttested: (String) -> Bool = { _ in false }
    ) -> CliticSplit {
        guard let candidates = candidates(of: word) else { return CliticSplit(wholeWord: word) }
        let whole = candidates[0]
        if isKnownName(whole.split.standaloneForm) { return whole.split }
        let stripped = candidates.dropFirst()
        if let known = stripped.first(where: { isKnownName($0.split.standaloneForm) || isAttested($0.split.standaloneForm) }) {
            return known.split
        }
        return splitProvenBySpelling(candidates)
    }

    /// The same as the call with lexicons that know nothing, without building a standalone form of every
    /// candidate to ask them: the split that tokenizing and summarizing ask for on every word.
    public static func split(_ word: Substring) -> CliticSplit {
        candidates(of: word).map(splitProvenBySpelling) ?? CliticSplit(wholeWord: word)
    }

    /// Every reading of `word` as proclitics and stem, the whole word first (with only an article taken off);
    /// search indexes a word under the stems of the readings its spelling does not prove, too (`وغزة` → `غزة`).
    public static func readings(_ word: Substring) -> [CliticSplit] {
        candidates(of: word).map { $0.map(\.split) } ?? [CliticSplit(wholeWord: word)]
    }

    /// Nil for a word that starts with none of و ف ب ل ك ک ا: it has no clitic to find.
    private static func candidates(of word: Substring) -> [Candidate]? {
        guard let first = word.unicodeScalars.first, mayStartWithClitic(first) else { return nil }
        return candidateSplits(of: word, letters: letterStarts(of: word))
    }

    /// Most stripped first, so `وبالقاهرة` loses و and ب, not only و; the whole word when nothing is proven.
    private static func splitProvenBySpelling(_ candidates: [Candidate]) -> CliticSplit {
        candidates.dropFirst().reversed().first(where: \.isProvenBySpelling)?.split ?? candidates[0].split
    }

    /// The standalone form of `word` (see `CliticSplit.standaloneForm`).
    public static func strip(
        _ word: String,
        isKnownName: (String) -> Bool = { _ in false },
        isAttested: (String) -> Bool = { _ in false }
    ) -> String {
        split(Substring(word), isKnownName: isKnownName, isAttested: isAttested).standaloneForm
    }

    private static func mayStartWithClitic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ArabicLetters.waw, ArabicLetters.faa, ArabicLetters.baa, ArabicLetters.lam, ArabicLetters.kaf,
             ArabicLetters.persianKaf, ArabicLetters.alef: true
        default: false
        }
    }

    /// Where each letter (character) of `word` starts. Plain Arabic letters never join into one character,
    /// so for the usual word without marks the scalars are the characters, without finding grapheme breaks.
    private static func letterStarts(of word: Substring) -> [String.Index] {
        let scalars = word.unicodeScalars
        var starts: [String.Index] = []
        starts.reserveCapacity(word.utf8.count / 2)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard (0x0621...0x063A).contains(value) || (0x0641...0x064A).contains(value) else { return Array(word.indices) }
            starts.append(index)
            index = scalars.index(after: index)
        }
        return starts
    }

    private struct Candidate {
        var split: CliticSplit
        var isProvenBySpelling: Bool
    }

    /// The whole word first, then: conjunction, preposition, conjunction and preposition (as the word allows).
    private static func candidateSplits(of word: Substring, letters: [String.Index]) -> [Candidate] {
        func scalar(at position: Int) -> Unicode.Scalar? {
            position < letters.count ? word[letters[position]].unicodeScalars.first : nil
        }
        let hasConjunction = scalar(at: 0) == ArabicLetters.waw || scalar(at: 0) == ArabicLetters.faa
        var result: [Candidate] = []
        for conjunctionLength in hasConjunction ? [0, 1] : [0] {
            let prepositionScalar = scalar(at: conjunctionLength)
            let hasPreposition = prepositionScalar == ArabicLetters.baa || prepositionScalar == ArabicLetters.lam
                || prepositionScalar == ArabicLetters.kaf || prepositionScalar == ArabicLetters.persianKaf
            for prepositionLength in hasPreposition ? [0, 1] : [0] {
                let articleStart = conjunctionLength + prepositionLength
                var articleLength = 0
                if scalar(at: articleStart) == ArabicLetters.alef, scalar(at: articleStart + 1) == ArabicLetters.lam,
                   prepositionScalar != ArabicLetters.lam || prepositionLength == 0 {
                    articleLength = 2
                } else if prepositionLength == 1, prepositionScalar == ArabicLetters.lam,
                          scalar(at: articleStart) == ArabicLetters.lam {
                    articleLength = 1
                }
                let stemStart = articleStart + articleLength
                let stemLength = letters.count - stemStart
                let cliticLength = conjunctionLength + prepositionLength
                // Too short a stem means the "article" was the word's own letters (`الي`, `لله`).
                if articleLength > 0, stemLength < (cliticLength > 0 ? 3 : 2) { articleLength = 0 }
                let remaining = letters.count - cliticLength - articleLength
                guard cliticLength == 0 || remaining >= 2 else { continue }
                func slice(_ from: Int, _ length: Int) -> Substring? {
                    guard length > 0 else { return nil }
                    let end = from + length < letters.count ? letters[from + length] : word.endIndex
                    return word[letters[from]..<end]
                }
                let split = CliticSplit(
                    conjunction: slice(0, conjunctionLength),
                    preposition: slice(conjunctionLength, prepositionLength),
                    article: slice(articleStart, articleLength),
                    stem: word[(stemStart < letters.count ? letters[stemStart] : word.endIndex)...]
                )
                let beforeHamza = prepositionLength == 0 && scalar(at: articleStart).map(ArabicLetters.isHamzaAlef) == true
                let proven = cliticLength > 0 && (articleLength > 0 || beforeHamza)
                result.append(Candidate(split: split, isProvenBySpelling: proven))
            }
        }
        return result
    }
}
