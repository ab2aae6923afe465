import Testing
@testable import ArabicText
@testable import Enrichment

@Suite struct EntitiesTriggerSpansTests {
    /// Verbs as general text would tell them (`WordFrequencies.isVerbForm`).
    private static let verbs: Set<Substring> = ["يستقبل"]

    private func filled(_ sentence: String, model: [String: String] = [:]) -> String {
        let words = Tokenizer().tokens(in: sentence).map(\.text)
        let tags = words.map { model[String($0)] ?? "O" }
        let keys = words.map { MatchingKey.of(String($0)) }
        return zip(words, TriggerSpans.filling(tags, words: words, keys: keys, isVerb: Self.verbs.contains))
            .filter { $0.1 != "O" }
            .map { "\($0.0)/\($0.1)" }
            .joined(separator: " ")
    }

    @Test(arguments: [
        ("institution with nisba", "وفق البيان الصادر من وزارة الخارجية المصرية، تأتي المشاورات.",
         "وزارة/B-ORG الخارجية/I-ORG المصرية/I-ORG"),
        ("institution after a clitic", "وقال متحدث لوزارة الصحة إن العدد ارتفع.", "لوزارة/B-ORG الصحة/I-ORG"),
        ("institution stops at a time word", "أعلنت وزارة الخارجية اليوم أنها ترحب.", "وزارة/B-ORG الخارجية/I-ORG"),
        ("a head without complement is nothing", "قالت الوزارة إن وزارة جديدة ستنشأ.", ""),
        ("a definite head takes adjectives only", "ويحتل الاتحاد المركز الثالث، وقال الاتحاد الأوروبي إنه يرحب.",
         "الاتحاد/B-ORG الأوروبي/I-ORG"),
        ("name after an honorific", "الوفد برئاسة الدكتور خليل الحية، وصل أمس.", "خليل/B-PERS الحية/I-PERS"),
        ("name after title, nisba and descriptor", "في عهد الرئيس الفرنسي الراحل فرنسوا ميتيران إلى عمليات",
         "فرنسوا/B-PERS ميتيران/I-PERS"),
        ("office and its complement", "قال المتحدث باسم الحركة حازم قاسم إن الوفد جاهز.", "حازم/B-PERS قاسم/I-PERS"),
        ("title without a name", "وفق خطة الرئيس الأمريكي، والتي حظيت بقبول.", ""),
        ("verb and clitic noun after a title", "الرئيس يرحب بالاتفاق مع الوفد.", ""),
        ("a headline's verb after title and nisba", "الرئيس الفلسطيني يستقبل وفدا أوروبيا في رام الله", "رام/B-LOC الله/I-LOC"),
        ("unbounded run of words", "الشيخ يزداد تبجحا بإنجازه أفلت الحكيم الفأر", ""),
        ("multi-word gazetteer place", "عقدت القمة في شرم الشيخ أمس.", "شرم/B-LOC الشيخ/I-LOC"),
        ("multi-word place after a clitic", "قصف في بخان يونس وبيت لحم.", "بخان/B-LOC يونس/I-LOC وبيت/B-LOC لحم/I-LOC"),
        ("ambiguous titles are no trigger", "تضعه الملكة يختلف حسب نوع النمل، وقد", ""),
        ("an office that is a given name opens the name", "وقال المستشار أمين حطيط إن الوضع خطير.", "أمين/B-PERS حطيط/I-PERS"),
        ("a commission and its adjective", "وقالت المفوضية الأوروبية إن الاتفاق مهم، وقالت المفوضية إن العمل مستمر.",
         "المفوضية/B-ORG الأوروبية/I-ORG"),
        ("an office after an office is no given name", "وقال نائب أمير منطقة تبوك إن المشروع اكتمل.", ""),
    ])
    func fills(_ row: (id: String, sentence: String, expected: String)) {
        #expect(filled(row.sentence) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        ("institution gets its adjective of origin back", "قال البنك المركزي المصري في بيان",
         ["البنك": "B-ORG", "المركزي": "I-ORG"], "البنك/B-ORG المركزي/I-ORG المصري/I-ORG"),
        ("a bare name keeps its own extent", "قالت حماس الفلسطينية إن", ["حماس": "B-ORG"], "حماس/B-ORG"),
        ("only adjectives of origin", "قال البنك المركزي الجديد", ["البنك": "B-ORG", "المركزي": "I-ORG"],
         "البنك/B-ORG المركزي/I-ORG"),
        ("a coordinated complement after a head", "فاز حزب العدالة والتنمية الحاكم بأغلبية المقاعد",
         ["حزب": "B-ORG", "العدالة": "I-ORG"], "حزب/B-ORG العدالة/I-ORG والتنمية/I-ORG"),
        ("two clubs side by side are two", "تعادل الأهلي والزمالك في القمة", ["الأهلي": "B-ORG"], "الأهلي/B-ORG"),
        ("a club's name takes no adjective", "وقال المدير الفني للأهلي السويسري مارسيل كولر إن فريقه فاز",
         ["للأهلي": "B-ORG", "مارسيل": "B-PERS", "كولر": "I-PERS"], "للأهلي/B-ORG مارسيل/B-PERS كولر/I-PERS"),
        ("a definite head before a person's name", "وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس إن النظام يعاني",
         ["للمنظمة": "B-ORG", "تيدروس": "I-ORG", "أدهانوم": "I-ORG", "غيبريسوس": "I-ORG"],
         "تيدروس/B-PERS أدهانوم/I-PERS غيبريسوس/I-PERS"),
        ("an institution over its country's adjective", "وقالت وكالة الأنباء السعودية إن اللقاء تناول",
         ["السعودية": "B-LOC"], "وكالة/B-ORG الأنباء/I-ORG السعودية/I-ORG"),
        ("a definite head before one indefinite word is no name", "وأوصت المنظمة كبار السن بتلقي اللقاح.",
         ["المنظمة": "B-ORG", "كبار": "I-ORG"], ""),
        ("a definite head before its complement stays", "أعلنت المنظمة الدولية للهجرة أن",
         ["المنظمة": "B-ORG", "الدولية": "I-ORG", "للهجرة": "I-ORG"], "المنظمة/B-ORG الدولية/I-ORG للهجرة/I-ORG"),
    ])
    func extendsOrganizations(_ row: (id: String, sentence: String, model: [String: String], expected: String)) {
        #expect(filled(row.sentence, model: row.model) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        ("a person cut short after a title gets the whole name", "الوفد برئاسة الدكتور خليل الحية، وصل أمس.",
         ["خليل": "B-PERS"], "خليل/B-PERS الحية/I-PERS"),
        ("another type is left alone", "الوفد برئاسة الدكتور خليل الحية، وصل أمس.", ["خليل": "B-LOC"], "خليل/B-LOC"),
        ("a span that starts inside the name and ends before it is left alone", "واستقبل الرئيس عبد الفتاح السيسي، أمس، الوفد.",
         ["الفتاح": "B-PERS"], "الفتاح/B-PERS"),
        ("a family name alone after a title gets the whole name", "الوفد برئاسة الدكتور خليل الحية، وصل أمس.",
         ["الحية": "B-PERS"], "خليل/B-PERS الحية/I-PERS"),
        ("a family name taken for a place", "وقال الوزير علي يرلي كايا إن الفرق وصلت إلى أنقرة.",
         ["علي": "B-PERS", "يرلي": "I-PERS", "كايا": "B-LOC", "أنقرة": "B-LOC"],
         "علي/B-PERS يرلي/I-PERS كايا/I-PERS أنقرة/B-LOC"),
        ("a place after an office opens no name", "التقى محافظ نينوى عبد القادر الدخيل وعددا من الشيوخ",
         ["نينوى": "B-PERS", "عبد": "I-PERS", "القادر": "I-PERS", "الدخيل": "I-PERS"],
         "نينوى/B-LOC عبد/B-PERS القادر/I-PERS الدخيل/I-PERS"),
        ("a known place behind a clitic stays", "رحلة كريستوفر كولومبس لأمريكا", ["كريستوفر": "B-PERS", "كولومبس": "I-PERS", "لأمريكا": "B-LOC"],
         "كريستوفر/B-PERS كولومبس/I-PERS لأمريكا/B-LOC"),
        ("a known place after a name stays", "التقى محمد صلاح القاهرة", ["محمد": "B-PERS", "صلاح": "I-PERS", "القاهرة": "B-LOC"],
         "محمد/B-PERS صلاح/I-PERS القاهرة/B-LOC"),
        ("an office over a place in construct", "التقى رئيس وزراء إسرائيل بنيامين نتنياهو في واشنطن.", [:],
         "بنيامين/B-PERS نتنياهو/I-PERS"),
        ("an office over a body in construct", "استقبل رئيس مجلس النواب اللبناني نبيه بري، أمس، السفير.", [:],
         "مجلس/B-ORG النواب/I-ORG اللبناني/I-ORG نبيه/B-PERS بري/I-PERS"),
        ("an office over a place named first", "واستقبل رئيس مصر عبد الفتاح السيسي، أمس، الوفد.", [:],
         "عبد/B-PERS الفتاح/I-PERS السيسي/I-PERS"),
        ("a name the tagger took two words of is not lengthened", "كشف وزير خارجية إسرائيل السابق سلفان شالوم النقاب عن خطته.",
         ["سلفان": "B-PERS", "شالوم": "I-PERS"], "سلفان/B-PERS شالوم/I-PERS"),
        ("a given name the tagger left out before the last", "وسجل الهدف لاعب الوسط إمام عاشور في الدقيقة العاشرة.",
         ["عاشور": "B-PERS"], "إمام/B-PERS عاشور/I-PERS"),
        ("a rank that is a given name", "وأكد المبعوث الأممي رائد زيدان أن الزيارة مهمة.", ["زيدان": "B-PERS"],
         "رائد/B-PERS زيدان/I-PERS"),
        ("a last word that goes on is left alone", "وسجل الهدف لاعب الوسط إمام عاشور الصغير في الدقيقة العاشرة.",
         ["عاشور": "B-PERS", "الصغير": "I-PERS"], "عاشور/B-PERS الصغير/I-PERS"),
        ("a goalkeeper's name", "وتألق الحارس محمد الشناوي في المباراة.", [:], "محمد/B-PERS الشناوي/I-PERS"),
    ])
    func extendsPeopleAfterTitles(_ row: (id: String, sentence: String, model: [String: String], expected: String)) {
        #expect(filled(row.sentence, model: row.model) == row.expected, "\(row.id)")
    }

    @Test func neverChangesTheModelsSpans() {
        let sentence = "وصل الرئيس الأمريكي دونالد ترامب إلى القاهرة."
        let model = ["دونالد": "B-PERS", "ترامب": "I-PERS", "القاهرة": "B-LOC"]
        #expect(filled(sentence, model: model) == "دونالد/B-PERS ترامب/I-PERS القاهرة/B-LOC")
    }
}
