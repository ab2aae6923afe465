import Testing
@testable import Enrichment
import ArabicText

@Suite struct SummarizerTests {
    /// A short news piece: a lead, a detail, a repetition of the lead, and background.
    static let paragraphs: [[String]] = [
        [
            "استضافت القاهرة اليوم مفاوضات بين وفدين لبحث وقف إطلاق النار في غزة.",
            "وصل الوفد الأول إلى القاهرة مساء أمس برئاسة رئيس المكتب السياسي.",
        ],
        [
            "استضافت القاهرة اليوم مفاوضات بين وفدين لبحث وقف إطلاق النار في غزة.",
            "وتأتي المفاوضات بعد أشهر من الجهود الدبلوماسية التي بذلتها مصر مع الوسطاء الدوليين.",
        ],
        [
            "ويأمل الوسطاء أن تفضي الجولة إلى اتفاق دائم يسمح بإدخال المساعدات الإنسانية إلى غزة.",
            "وقال مسؤول إن الجلسات ستستمر حتى نهاية الأسبوع في العاصمة المصرية.",
        ],
    ]
    static let sentences = paragraphs.flatMap { $0 }

    struct LengthCase: Sendable, CustomTestStringConvertible {
        var id: String
        var length: SummaryLength
        var expectedCount: Int
        var testDescription: String { id }
    }

    @Test(arguments: [
        LengthCase(id: "one sentence", length: .sentences(1), expectedCount: 1),
        LengthCase(id: "two sentences (the site's default)", length: .site, expectedCount: 2),
        LengthCase(id: "three sentences", length: .sentences(3), expectedCount: 3),
        LengthCase(id: "more than there are: every distinct sentence", length: .sentences(50), expectedCount: 5),
        LengthCase(id: "zero sentences", length: .sentences(0), expectedCount: 0),
        LengthCase(id: "zero words", length: .words(0), expectedCount: 0),
    ])
    func respectsTheSentenceCount(_ row: LengthCase) {
        let summary = Summarizer().summarize(paragraphs: Self.paragraphs, title: "مفاوضات القاهرة", length: row.length)
        #expect(summary.count == row.expectedCount)
    }

    @Test func keepsDocumentOrderAndNeverRepeats() {
        for count in 1...6 {
            let summary = Summarizer().summarize(paragraphs: Self.paragraphs, length: .sentences(count))
            let positions = summary.map { chosen in Self.sentences.firstIndex(of: chosen) ?? -1 }
            #expect(!positions.contains(-1), "only sentences of the article")
            #expect(positions == positions.sorted(), "document order")
            #expect(Set(summary).count == summary.count, "no sentence twice")
        }
    }

    @Test func startsWithTheLead() {
        let summary = Summarizer().summarize(paragraphs: Self.paragraphs, length: .sentences(1))
        #expect(summary == [Self.sentences[0]])
    }

    @Test func fillsAWordBudgetWithWholeSentences() {
        let summary = Summarizer().summarize(paragraphs: Self.paragraphs, length: .words(25))
        var reader = ContentTerms.Reader(readsTerms: false)
        let words = summary.map { reader.read($0).words.count }
        #expect(words.reduce(0, +) >= 25, "the budget is filled")
        #expect(words.dropLast().reduce(0, +) < 25, "only the last sentence runs past it")
        #expect(summary.allSatisfy(Self.sentences.contains))
    }

    @Test func shortArticles() {
        let summarizer = Summarizer()
        #expect(summarizer.summarize(paragraphs: [], length: .site).isEmpty)
        #expect(summarizer.summarize(paragraphs: [[]], length: .site).isEmpty)
        #expect(summarizer.summarize(paragraphs: [["...", "  "]], length: .site).isEmpty, "no words, no summary")
        let single = ["خبر من جملة واحدة عن افتتاح المعرض في عمان."]
        #expect(summarizer.summarize(paragraphs: [single], length: .site) == single)
        #expect(summarizer.summarize(paragraphs: [single], length: .words(100)) == single)
    }

    /// Sentences with no words in common, so only position, title and entities tell them apart.
    static let unrelated: [[String]] = [[
        "افتتح وزير الثقافة معرض الكتاب السنوي صباح اليوم.",
        "شهدت الأسواق ارتفاعا ملحوظا في أسعار الخضروات خلال الشتاء.",
        "يستعد المنتخب الوطني لمواجهة ودية أمام فريق أوروبي قوي.",
        "تتوقع الأرصاد هطول أمطار غزيرة على المرتفعات الجبلية غدا.",
        "أعلنت الجامعة فتح باب التسجيل لبرامج الدراسات العليا الجديدة.",
        "بدأت البلدية أعمال صيانة الطرق الرئيسية وسط المدينة القديمة.",
    ]]

    /// Title overlap and entity density are off in the standard weights (they did not help on EASC);
    /// switched on, each pulls in the sentence it favours.
    static func weights(_ change: (inout SummaryWeights) -> Void) -> Summarizer {
        var weights = SummaryWeights.standard
        change(&weights)
        return Summarizer(weights: weights)
    }

    @Test func titleOverlapPullsItsSentenceIn() {
        let target = Self.unrelated[0][2]
        let summarizer = Self.weights { $0.titleOverlap = 1 }
        let without = summarizer.summarize(paragraphs: Self.unrelated, length: .sentences(2))
        let with = summarizer.summarize(paragraphs: Self.unrelated, title: "المنتخب الوطني", length: .sentences(2))
        #expect(!without.contains(target))
        #expect(with == [Self.unrelated[0][0], target])
    }

    @Test func entityDensityPullsItsSentenceIn() {
        let target = Self.unrelated[0][2]
        let summarizer = Self.weights { $0.entityDensity = 1 }
        let without = summarizer.summarize(paragraphs: Self.unrelated, length: .sentences(2))
        let with = summarizer.summarize(paragraphs: Self.unrelated, entityNames: ["المنتخب الوطني"], length: .sentences(2))
        #expect(!without.contains(target))
        #expect(with == [Self.unrelated[0][0], target])
    }

    @Test func centralityPullsInTheSentenceOthersResemble() {
        let paragraphs = [[
            "افتتح وزير الثقافة معرض الكتاب السنوي صباح اليوم.",
            "يستعد المنتخب الوطني لمواجهة ودية أمام فريق أوروبي قوي.",
            "وتعرض دور النشر في معرض الكتاب آلاف العناوين الجديدة.",
            "ويستمر معرض الكتاب أسبوعين بمشاركة دور النشر العربية.",
        ]]
        let byPosition = Self.weights { $0.recurrence = 0 }.summarize(paragraphs: paragraphs, length: .sentences(2))
        let withCentrality = Self.weights { $0.centrality = 1; $0.recurrence = 0 }
            .summarize(paragraphs: paragraphs, length: .sentences(2))
        #expect(byPosition == [paragraphs[0][0], paragraphs[0][1]])
        #expect(withCentrality.first == paragraphs[0][0])
        #expect(!withCentrality.contains(paragraphs[0][1]))
    }

    @Test func aVeryLongTextIsSummarizedFromItsFirstSentences() {
        let vocabulary = "سوق نهر جبل مدرسة قطار مطر شارع مكتبة حديقة مصنع ميناء جسر طبيب كتاب ملعب مسرح غابة بحر سهل وادي"
            .split(separator: " ")
        let long = (0..<2_000).map { index in
            (0..<6).map { vocabulary[(index * ($0 + 3) + $0 * 7) % vocabulary.count] }.joined(separator: " ") + "."
        }
        var weights = SummaryWeights.standard
        weights.maximumSentences = 50
        let summary = Summarizer(weights: weights).summarize(paragraphs: [long], length: .sentences(3))
        #expect(summary.count == 3)
        #expect(summary.allSatisfy { long.prefix(50).contains($0) })
    }

    @Test func isDeterministic() {
        let first = Summarizer().summarize(paragraphs: Self.paragraphs, length: .words(40))
        let second = Summarizer().summarize(paragraphs: Self.paragraphs, length: .words(40))
        #expect(first == second)
    }

    @Test func contentTermsDropStopwordsAndProclitics() {
        var reader = ContentTerms.Reader(readsTerms: true)
        let content = reader.read("وصل الوفد إلى القاهرة والقاهرة في 2025")
        let cairo = reader.read("قاهرة").terms
        #expect(content.words.count == 7, "every word and number counts toward the budget")
        #expect(content.terms.count == 4, "إلى, في and 2025 carry no topic")
        #expect(cairo.count == 1 && content.terms.filter { $0 == cairo[0] }.count == 2, "والقاهرة and القاهرة are one term")
        #expect(reader.read("إلى الوفد").words.first == content.words[2], "one number per matching key")
        #expect(Stopwords.keys.count > 400)
    }

    @Test func withoutTermSignalsNothingIsStemmed() {
        var reader = ContentTerms.Reader(readsTerms: false)
        let content = reader.read("وصل الوفد إلى القاهرة والقاهرة")
        #expect(content.words.count == 5)
        #expect(content.terms.isEmpty)
        #expect(!SummaryWeights.standard.comparesTerms, "the standard weights need no terms")
    }

    @Test func aSummaryIsCappedAtASentenceOrWordBoundary() {
        let short = "جملة قصيرة."
        #expect(SummaryCap.capped(short) == short)
        let sentence = "هذه جملة من جمل الخبر الطويل. "
        let sentences = String(repeating: sentence, count: 100)
        let cut = SummaryCap.capped(sentences)
        #expect(cut.count <= SummaryCap.characters && cut.count > SummaryCap.characters / 2)
        #expect(cut.hasSuffix("الطويل."), "ends with a whole sentence")
        let running = String(repeating: "كلمة ", count: 1_000)
        let words = SummaryCap.capped(running)
        #expect(words.count <= SummaryCap.characters + 1 && words.hasSuffix("كلمة…"), "whole words, then an ellipsis")
        let word = String(repeating: "ب", count: 5_000)
        #expect(SummaryCap.capped(word).count == SummaryCap.characters + 1)
    }
}
