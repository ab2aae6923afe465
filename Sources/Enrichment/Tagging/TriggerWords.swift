import ArabicText

/// Words that announce a name next to them. They generalize what the window features learn word by word:
/// a title the training text never saw still says "a person follows".
enum TriggerWords {
    enum Kind: Int {
        case personTitle = 1, organizationHead, placeHead, nationality
    }

    /// Keyed by the matching key of the clitic-stripped stem (`الرئيس`, `والرئيس` → `رئيس`).
    static func kind(ofStem stem: String) -> Kind? {
        table[stem]
    }

    private static let personTitles = [
        "رئيس", "وزير", "دكتور", "شيخ", "سيد", "سيده", "ملك", "ملكه", "امير", "اميره", "رئيسه", "وزيره",
        "نائب", "مستشار", "سفير", "جنرال", "عقيد", "لواء", "عميد", "فريق", "مشير", "قائد", "زعيم", "امين",
        "مدير", "محافظ", "حاكم", "سلطان", "بابا", "كاردينال", "مطران", "امام", "استاذ", "بروفيسور",
        "مبعوث", "متحدث", "ناطق", "مراسل", "كاتب", "مدرب", "لاعب", "نجم", "مخرج", "فنان", "مغني", "ممثل",
        "قاضي", "مفتي", "حاخام", "جلاله", "سمو", "فخامه", "معالي", "رئيسا", "سيناتور",
        "مرشح", "زوجه", "ابن", "بنت", "شقيق", "حاج", "عاهل", "ولي",
    ]
    private static let organizationHeads = [
        "وزاره", "حركه", "منظمه", "بنك", "شركه", "جامعه", "حزب", "مجلس", "هيئه", "وكاله", "اتحاد", "جمعيه",
        "لجنه", "مؤسسه", "مركز", "معهد", "صندوق", "جبهه", "جماعه", "منتدي", "نادي", "محكمه", "برلمان",
        "صحيفه", "مجموعه", "رابطه", "نقابه", "سلطه", "مصرف", "بورصه", "اكاديميه", "مكتب", "اداره",
        "قوات", "جيش", "كتائب", "تحالف", "امانه", "مفوضيه", "ديوان", "دائره", "كليه", "مستشفي", "قناه", "اذاعه",
    ]
    private static let placeHeads = [
        "مدينه", "قطاع", "عاصمه", "دوله", "جمهوريه", "مملكه", "اماره", "اقليم", "محافظه", "ولايه", "منطقه",
        "جزيره", "جزر", "بحر", "نهر", "جبل", "جبال", "صحراء", "بلده", "قريه", "مخيم", "حي", "شارع", "ميناء",
        "مطار", "ضفه", "خليج", "قاره", "بلاد", "عواصم", "شمال", "جنوب", "شرق", "غرب", "وسط", "ضاحيه", "سواحل",
    ]
    private static let nationalityAdjectives = [
        "امريكي", "امريكيه", "اسرائيلي", "اسرائيليه", "فلسطيني", "فلسطينيه", "مصري", "مصريه", "عراقي", "عراقيه",
        "سوري", "سوريه", "لبناني", "لبنانيه", "اردني", "اردنيه", "سعودي", "سعوديه", "ايراني", "ايرانيه",
        "فرنسي", "فرنسيه", "بريطاني", "بريطانيه", "روسي", "روسيه", "الماني", "المانيه", "صيني", "صينيه",
        "تركي", "تركيه", "ياباني", "يابانيه", "عربي", "عربيه", "اوروبي", "اوروبيه", "دولي", "دوليه",
    ]

    private static let table: [String: Kind] = {
        var table: [String: Kind] = [:]
        let groups: [([String], Kind)] = [
            (nationalityAdjectives, .nationality), (placeHeads, .placeHead),
            (organizationHeads, .organizationHead), (personTitles, .personTitle),
        ]
        for (words, kind) in groups {
            for word in words { table[MatchingKey.of(word)] = kind }
        }
        return table
    }()
}
