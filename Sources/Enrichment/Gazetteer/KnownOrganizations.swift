import ArabicText

/// International and regional organizations, a few state bodies, agencies and large companies that Arabic news
/// names by one word, many of them acronyms written in Arabic letters (`اليونسكو`, `الفيفا`, `الإنتربول`), and
/// armed groups and movements named by common words that no head announces (`قوات الدعم السريع`, `أنصار الله`),
/// and the bodies news names often whose head the rules do not open a name with (`برنامج الأغذية العالمي`,
/// `المحكمة الجنائية الدولية`, `المرصد السوري لحقوق الإنسان`, `ستاندرد آند بورز`).
/// Written by hand for Mujaz from common Arabic news usage (no third-party data). Such a name names the
/// organization wherever it stands: the rules tag it over whatever the tagger saw, type it as an organization and
/// never leave it out for being said once. So one-word names that are also places or people's names are left out
/// (`أمازون`, `تويوتا`, `مرسيدس`, `هوندا`), and so are names whose forms behind a clitic are other words (`آبل`:
/// `كابل` is Kabul).
enum KnownOrganizations {
    static let names = [
        "اليونسكو", "اليونيسف", "الأونروا", "الفاو", "الأونكتاد", "الإسكوا", "الإيسيسكو", "الألكسو",
        "الناتو", "أوبك", "الأوبك", "أوابك", "الآسيان", "الإيكواس", "الإيغاد", "اليونيفيل",
        "الفيفا", "اليويفا", "الإنتربول", "اليوروبول",
        "الكونغرس", "الكونجرس", "الكنيست", "البنتاغون", "البنتاجون", "الموساد", "ناسا",
        "رويترز", "موديز",
        "أرامكو", "سابك", "مايكروسوفت", "ميكروسوفت", "غوغل", "جوجل", "فيسبوك", "تويتر", "إنتل", "سامسونغ",
        "سامسونج", "هواوي", "نوكيا", "إريكسون", "سوني", "توشيبا", "باناسونيك", "هيونداي", "لكزس",
        "بوينغ", "بوينج", "إيرباص", "سيمنس", "سيمنز", "نستله", "بيبسي", "كوكاكولا", "ياهو", "أوبر", "نتفليكس",
        "إكسون", "شيفرون",
    ]

    static let multiWordNames = [
        "قوات الدعم السريع", "قوات سوريا الديمقراطية", "هيئة تحرير الشام", "جبهة النصرة", "كتائب القسام",
        "كتائب عز الدين القسام", "سرايا القدس", "أنصار الله", "الحشد الشعبي", "الحرس الثوري", "الحرس الثوري الإيراني",
        "فيلق القدس", "الجيش الوطني الليبي", "الجيش السوري الحر", "بوكو حرام", "الهلال الأحمر", "الصليب الأحمر",
        "الإخوان المسلمين", "الإخوان المسلمون", "أطباء بلا حدود",
        "ستاندرد آند بورز", "ستاندرد أند بورز",
        "برنامج الأغذية العالمي", "برنامج الأمم المتحدة الإنمائي", "برنامج الأمم المتحدة للبيئة",
        "المحكمة الجنائية الدولية", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية الأمم المتحدة لشؤون اللاجئين",
        "المرصد السوري لحقوق الإنسان", "المحكمة الدستورية العليا", "هيئة المساحة الجيولوجية الأمريكية",
    ]

    static let keys: Set<String> = Set((names + multiWordNames).map(MatchingKey.of))

    private static let multiWord = MultiWordNames(multiWordNames.map { Substring($0) })

    /// The hashes of each one-word name's key and its forms behind clitics (`وللفيفا`).
    private static let oneWordForms = HashIndex(forms: KeySet(names.flatMap { CliticForms.of(MatchingKey.of($0)) }))

    /// The tags with every known organization of one word the tagger left outside a name marked as one, and every
    /// one of several words marked whatever the tagger made of it. `hashes` are the `FeatureHash` of `keys`.
    static func filling(_ tags: [String], keys: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        for index in tags.indices where tags[index] == "O" && oneWordForms.position(of: hashes[index]) != nil {
            tags[index] = "B-ORG"
        }
        return multiWord.marking(tags, label: "ORG", keys: keys, hashes: hashes)
    }
}
