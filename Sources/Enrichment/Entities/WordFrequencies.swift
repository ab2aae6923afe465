import ArabicText
import Foundation

/// How often Arabic words occur in general text (wordfreq's list: Wikipedia, subtitles, news, books, the web;
/// `scripts/gen_word_frequencies.py`). The entity rules read it as evidence the training text is too small to
/// give: whether a word is a common noun or adjective, and whether a leading letter is a clitic.
public struct WordFrequencies: Sendable {
    /// A word's frequency class: its frequency is 10^(-class/100), so a class 100 lower is ten times as frequent.
    typealias FrequencyClass = Int

    /// A common noun or adjective is written both with and without the article (`ديناصور`, `الديناصور`);
    /// a name seldom is (`لندن`, `القاهرة`). A word written without the article whose form with it general text
    /// has at least a third as often is a common word; names sit well above this gap (`مصر` 3.3 orders apart),
    /// but names taken from common words sit close to it (`حماس`, `الحماس` 0.8 orders apart), so it is kept
    /// narrow. A name written with the article almost never drops it (`القاهرة` 2.4 orders apart), while a common
    /// noun does (`الأكسجين`, 0.6 orders), so for a word with the article the other form a tenth as often is enough.
    /// Both chosen on the EASC dev articles (`docs/entities.md`).
    static let articleAlternationGap: FrequencyClass = 50
    static let articleDroppingGap: FrequencyClass = 100

    /// Matching-key hashes and the class of each (the most frequent spelling's, when several share a key).
    private let index: HashIndex
    private let classes: [FrequencyClass]

    /// Knows no word.
    public static let none = WordFrequencies(classesByKeyHash: [:])

    private init(classesByKeyHash: [UInt64: FrequencyClass]) {
        let hashes = classesByKeyHash.keys.sorted()
        index = HashIndex(keys: hashes)
        classes = hashes.map { classesByKeyHash[$0]! }
    }

    /// Reads `word<TAB>class` rows.
    init(tsv text: String, path: String) throws(TaggerModelError) {
        var classes: [UInt64: FrequencyClass] = [:]
        // Cut by bytes, each line in place: cutting 100,000 lines into characters (grapheme clusters), or into
        // arrays of fields, was most of the load time.
        let tab = UInt8(ascii: "\t")
        var line = 0
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            line += 1
            guard !bytes.isEmpty else { continue }
            let word = bytes.firstIndex(of: tab).map { bytes[..<$0] }
            let rest = word.map { bytes[bytes.index(after: $0.endIndex)...] }
            guard let word, let rest, !word.isEmpty, !rest.contains(tab), let frequencyClass = Int(Substring(rest)) else {
                throw .malformedLine(path: path, line: line, reason: "expected a word, a TAB and a frequency class")
            }
            let hash = NameWords.keyHash(of: Substring(word))
            classes[hash] = min(classes[hash] ?? .max, frequencyClass)
        }
        self.init(classesByKeyHash: classes)
    }

    /// Whether the list has no word at all (`none`): then it cannot tell a rare word.
    var isEmpty: Bool { index.count == 0 }

    /// The class of the word (by its matching key), nil for a word rarer than the list goes.
    func frequencyClass(of word: some StringProtocol) -> FrequencyClass? {
        frequencyClass(ofKey: MatchingKey.of(String(word)))
    }

    /// The class of the word whose matching key is `key`.
    func frequencyClass(ofKey key: String) -> FrequencyClass? {
        index.position(of: FeatureHash.of(scalarsOf: key)).map { classes[$0] }
    }

    /// The key of the word's other form, with the article or without it, when general text writes both, the mark
    /// of a common noun or adjective (`الأكسجين`, `أعظم`, `ثعبان`) rather than a name; nil otherwise.
    func articleAlternate(of word: some StringProtocol) -> String? {
        let key = MatchingKey.of(String(word))
        let article = "\u{0627}\u{0644}"
        let hasArticle = key.hasPrefix(article) && key.count > 4
        let other = hasArticle ? String(key.dropFirst(2)) : article + key
        guard let own = frequencyClass(ofKey: key), let alternate = frequencyClass(ofKey: other),
              alternate - own < (hasArticle ? Self.articleDroppingGap : Self.articleAlternationGap) else { return nil }
        return other
    }

    /// Whether the word reads as a verb in the imperfect (`يعيش`, `تربو`), also in the third person behind ل or س
    /// (`ليعيش`, `سيخلد`; `لنوار` is a name): its prefix letter, and general text has it fairly often but never with
    /// the article, as it has nouns and adjectives. Names of that shape are for the name lists to vouch for.
    func isVerbForm(_ word: some StringProtocol) -> Bool {
        let key = MatchingKey.of(String(word))
        var stem = Substring(key)
        var prefixes = "\u{064A}\u{062A}\u{0646}"
        if let first = stem.first, first == "\u{0644}" || first == "\u{0633}" {
            stem = stem.dropFirst()
            prefixes = "\u{064A}"
        }
        guard stem.count >= 3, let first = stem.first, prefixes.contains(first),
              let own = frequencyClass(ofKey: String(stem)), own <= Self.commonVerbClass else { return false }
        return frequencyClass(ofKey: "\u{0627}\u{0644}" + stem) == nil
    }

    /// Verbs seen at least this often (about once in three million words, as `تربو`) are told apart; rarer words
    /// are left to the names.
    static let commonVerbClass: FrequencyClass = 650

    /// Whether general text has the word taken apart far more often than whole: `بأوربا` is a clitic and
    /// `أوربا`, while `بغداد` is one word (`غداد` is rare or absent).
    func prefersSplit(whole: some StringProtocol, stem: some StringProtocol) -> Bool {
        guard let stemClass = frequencyClass(of: stem) else { return false }
        guard let wholeClass = frequencyClass(of: whole) else { return true }
        return wholeClass - stemClass >= Self.articleAlternationGap
    }

    /// Whether general text has the word whole and never its stem: `والدتها` is one word, `الدتها` none.
    func prefersWhole(_ whole: some StringProtocol, over stem: some StringProtocol) -> Bool {
        frequencyClass(of: whole) != nil && frequencyClass(of: stem) == nil
    }
}

extension WordFrequencies {
    public static let fileName = "word-frequencies.tsv"

    /// The list shipped in Mujaz's resources, loaded once per process.
    public static func bundled() throws(TaggerModelError) -> WordFrequencies {
        try bundledList.get()
    }

    private static let bundledList = Result { () throws(TaggerModelError) -> WordFrequencies in
        let searched = ModelLocator.candidatePaths(fileName: fileName)
        guard let path = searched.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw TaggerModelError.missing(file: fileName, searched: searched)
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try WordFrequencies(tsv: text, path: path)
    }
}
