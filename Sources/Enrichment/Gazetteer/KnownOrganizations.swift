import ArabicText

/// International and regional organizations, and a few state bodies, that Arabic news names by one word, most of
/// them acronyms written in Arabic letters (`اليونسكو`, `الفيفا`, `الإنتربول`). Written by hand for Mujaz from common
/// Arabic news usage (no third-party data). Such a word names the organization wherever it stands: the rules tag
/// it where the tagger saw nothing, type it as an organization and never leave it out for being said once.
enum KnownOrganizations {
    static let names = [
        "اليونسكو", "اليونيسف", "الأونروا", "الفاو", "الأونكتاد", "الإسكوا", "الإيسيسكو", "الألكسو",
        "الناتو", "أوبك", "الأوبك", "أوابك", "الآسيان", "الإيكواس", "الإيغاد", "اليونيفيل",
        "الفيفا", "اليويفا", "الإنتربول", "اليوروبول",
        "الكونغرس", "الكونجرس", "الكنيست", "البنتاغون", "البنتاجون", "الموساد",
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
