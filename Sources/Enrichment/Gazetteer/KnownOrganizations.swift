import ArabicText

/// International and regional organizations, a few state bodies, agencies and large companies that Arabic news
/// names by one word, many of them acronyms written in Arabic letters (`اليونسكو`, `الفيفا`, `الإنتربول`).
/// Written by hand for Mujaz from common Arabic news usage (no third-party data). Such a word names the
/// organization wherever it stands: the rules tag it where the tagger saw nothing, type it as an organization and
/// never leave it out for being said once. So names that are also places or people's names are left out
/// (`أمازون`, `تويوتا`, `مرسيدس`, `هوندا`), and so are names whose forms behind a clitic are other words (`آبل`:
/// `كابل` is Kabul).
enum KnownOrganizations {
    static let names = [
        "اليونسكو", "اليونيسف", "الأونروا", "الفاو", "الأونكتاد", "الإسكوا", "الإيسيسكو", "الألكسو",
        "الناتو", "أوبك", "الأوبك", "أوابك", "الآسيان", "الإيكواس", "الإيغاد", "اليونيفيل",
        "الفيفا", "اليويفا", "الإنتربول", "اليوروبول",
        "الكونغرس", "الكونجرس", "الكنيست", "البنتاغون", "البنتاجون", "الموساد",
        "رويترز",
        "أرامكو", "سابك", "مايكروسوفت", "ميكروسوفت", "غوغل", "جوجل", "فيسبوك", "تويتر", "إنتل", "سامسونغ",
        "سامسونج", "هواوي", "نوكيا", "إريكسون", "سوني", "توشيبا", "باناسونيك", "هيونداي", "لكزس",
        "بوينغ", "بوينج", "إيرباص", "سيمنس", "سيمنز", "نستله", "بيبسي", "كوكاكولا", "ياهو", "أوبر", "نتفليكس",
        "إكسون", "شيفرون",
    ]

    static let keys: Set<String> = Set(names.map(MatchingKey.of))

    /// Each name's key and its forms behind clitics (`وللفيفا`), by hash, with the name's key.
    static let forms: (index: HashIndex, keys: [String]) = {
        var byForm: [UInt64: String] = [:]
        for key in keys {
            for form in CliticForms.of(key) { byForm[FeatureHash.of(form)] = key }
        }
        let hashes = byForm.keys.sorted()
        return (HashIndex(keys: hashes), hashes.map { byForm[$0]! })
    }()

    /// The tags with every known organization the tagger left outside a name marked as one.
    static func filling(_ tags: [String], hashes: [UInt64]) -> [String] {
        var tags = tags
        for index in tags.indices where tags[index] == "O" && forms.index.position(of: hashes[index]) != nil {
            tags[index] = "B-ORG"
        }
        return tags
    }
}
