import Testing
@testable import ArabicText

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("punctuation apart", "قال: «نعم»، ثم غادر.", ["قال", ":", "«", "نعم", "»", "،", "ثم", "غادر", "."]),
        ("arabic question mark", "هل انتهت؟", ["هل", "انتهت", "؟"]),
        ("decimal number", "نما 3.5 بالمئة", ["نما", "3.5", "بالمئة"]),
        ("arabic thousands", "قتل ١٬٠٠٠ شخص", ["قتل", "١٬٠٠٠", "شخص"]),
        ("number then period", "عام 2002.", ["عام", "2002", "."]),
        ("diacritics stay in the word", "مُحَمَّدٌ جاء", ["مُحَمَّدٌ", "جاء"]),
        ("tatweel stays in the word", "هـ. غـــزة", ["هـ", ".", "غـــزة"]),
        ("clitics stay attached by default", "وإسرائيل لحماس", ["وإسرائيل", "لحماس"]),
        ("latin with digits", "طائرات F16 و COVID-19", ["طائرات", "F16", "و", "COVID", "-", "19"]),
        ("latin glued to arabic", "مثل La Scalaفى ميلان", ["مثل", "La", "Scala", "فى", "ميلان"]),
        ("arabic glued to latin", "من أوبراTurandot كأحد", ["من", "أوبرا", "Turandot", "كأحد"]),
        ("accented latin stays one word", "مع Dvořák وأنتونين", ["مع", "Dvořák", "وأنتونين"]),
        ("only spaces", "   \n\t ", []),
        ("empty", "", []),
    ])
    func splits(_ row: (id: String, input: String, expected: [String])) {
        #expect(Tokenizer().words(in: row.input) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        ("conjunction before hamza", "وإسرائيل", ["و", "إسرائيل"]),
        ("conjunction, preposition, article", "وبالقاهرة", ["و", "ب", "ال", "قاهرة"]),
        ("lam-lam", "للقاهرة", ["ل", "ل", "قاهرة"]),
        ("article alone", "القاهرة", ["ال", "قاهرة"]),
        ("name starting with waw", "وزارة", ["وزارة"]),
        ("name starting with baa", "بغداد", ["بغداد"]),
        ("article and one letter stays whole", "الخ", ["الخ"]),
        ("lam-lam of a short word stays whole", "لله", ["لله"]),
    ])
    func splitsClitics(_ row: (id: String, input: String, expected: [String])) {
        #expect(Tokenizer(splitsClitics: true).words(in: row.input) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        "مصر تستضيف مفاوضات حماس وإسرائيل لوقف إطلاق النار في غزة.. شاهد التفاصيل!",
        "  قال د. خليل: «سنعود».\n\nوبلغ ١٬٠٠٠ — أي 3.5٪  ",
        "مُحَمَّد وللقاهرة\u{200F} ، والـــ؟",
        // Found by the sentences fuzz target: the clitic split of a short word (`الخ`, `لله`) left letters out.
        "الخ\u{FFFD} الى لله بال",
    ])
    func roundTrips(_ text: String) {
        for splitsClitics in [false, true] {
            let tokens = Tokenizer(splitsClitics: splitsClitics).tokens(in: text)
            var rebuilt = ""
            var position = text.startIndex
            for token in tokens {
                let gap = text[position..<token.range.lowerBound]
                #expect(gap.allSatisfy { $0.isWhitespace }, "only whitespace between tokens")
                rebuilt += gap + token.text
                position = token.range.upperBound
            }
            rebuilt += text[position...]
            #expect(rebuilt == text)
        }
    }

    @Test func rangesPointIntoTheInput() {
        let text = "في القاهرة اليوم"
        let token = Tokenizer().tokens(in: text)[1]
        #expect(text[token.range] == "القاهرة")
        #expect(text.distance(from: text.startIndex, to: token.range.lowerBound) == 3)
        #expect(token.kind == .word)
    }

    @Test func extremelyLongLine() {
        let text = String(repeating: "غزة، ", count: 50_000)
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.count == 100_000)
        #expect(tokens.last?.text == "،")
    }
}
