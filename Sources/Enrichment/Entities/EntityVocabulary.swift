import ArabicText

/// The words that surround names in news without being part of them, stored as matching keys.
enum EntityVocabulary {
    private static func keys(_ words: String) -> KeySet {
        KeySet(words.split(separator: " ").map { MatchingKey.of($0) })
    }

    /// Honorifics, ranks and offices before a person's name (`الرئيس`, `الدكتور`, `وزير`).
    static let titles = keys("""
        السيد السيدة الآنسة الدكتور الدكتورة د الشيخ الشيخة الحاج الحاجة الأستاذ الأستاذة المهندس المهندسة \
        الإمام البابا الحاخام الأب الكاردينال المطران العلامة الداعية المرشد فضيلة سماحة معالي سعادة فخامة \
        جلالة سمو صاحب حضرة الملك الملكة الأمير الأميرة السلطان العاهل الرئيس الرئيسة الوزير الوزيرة النائب \
        النائبة السفير السفيرة المبعوث المبعوثة المندوب المندوبة المتحدث المتحدثة الناطق الناطقة القائد \
        الزعيم المستشار المستشارة المحافظ العمدة الجنرال اللواء العميد العقيد المقدم الرائد النقيب الفريق \
        المشير الأدميرال القاضي المحامي المحامية الكاتب الكاتبة الصحفي الصحفية الفنان الفنانة اللاعب \
        المدرب النجم النجمة رئيس رئيسة وزير وزيرة نائب نائبة سفير مبعوث مندوب متحدث ناطق قائد زعيم أمين \
        مستشار محافظ ملك أمير ولي مدير مديرة المدير المديرة الأمين عضو العضو \
        الحارس الحارسة المدافع المدافعة المهاجم المهاجمة الجناح الظهير الهداف الهدافة حارس حارسة لاعب لاعبة
        """)

    /// Offices that are also common given names (`أمين الناصر`, `أمير كرارة`): where a name follows them directly
    /// they may open it.
    static let givenNameTitles = keys("أمين أمير")

    /// Callings and ranks, many of history, that stand before a person's name as a title does (`المؤرخ تاسيتوس`,
    /// `الرسام تولوتريك`, `الفرعون سنفرو`, `الإلهة باستيت`).
    static let callings = keys("""
        المؤرخ المؤرخة الرسام الرسامة الفلكي الفيلسوف الشاعر الشاعرة الأديب الأديبة الروائي الروائية الموسيقار \
        الملحن المؤلف المؤلفة الطبيب الطبيبة الكيميائي الفيزيائي النحات المخرج المخرجة الممثل \
        الممثلة المغني المغنية المطرب المطربة العازف العازفة الفرعون الإمبراطور الإمبراطورة القيصر الخليفة \
        النبي الرحالة المستكشف المفكر الباحث الجغرافي المعماري المصور المخترع القديس الراهب الكاهن الفقيه \
        المترجم الناقد الإله الإلهة
        """)

    /// Offices whose complement follows them (`وزير الخارجية`, `رئيس الوزراء`, `ولي العهد`), so the
    /// definite words after them belong to the title, not to the name.
    static let constructTitles = keys("""
        رئيس رئيسة وزير وزيرة نائب نائبة سفير مبعوث مندوب متحدث ناطق قائد زعيم أمين مستشار محافظ ملك أمير \
        ولي مدير مديرة عضو المتحدث المتحدثة الناطق الناطقة الأمين المدير المديرة العضو حارس حارسة لاعب لاعبة
        """)

    /// Words that qualify an office rather than name anyone (`السابق`, `الأسبق`, `العام`, `أمين عام`).
    static let descriptors = keys("""
        السابق السابقة الأسبق الحالي الحالية المنتخب المنتخبة الراحل الراحلة الجديد الجديدة المؤقت المؤقتة \
        العام العامة عام عامة المساعد المساعدة التنفيذي التنفيذية الأعلى الأول الأولى باسم بإسم
        """)

    /// Generic heads before a proper name that the name does without (`حركة حماس`, `قطاع غزة`, `دولة قطر`,
    /// `جزيرة هاينان`, `جبال الهيمالايا`). Heads that belong to an institution's own name (وزارة، جامعة، بنك،
    /// منظمة) are deliberately absent, and so are the heads Arabic keeps in a feature's name (`نهر النيل`,
    /// `البحر الميت`, `جبل الشيخ`).
    static let genericHeads = keys("""
        حركة تنظيم جماعة قطاع مدينة العاصمة عاصمة دولة محافظة منطقة ولاية إقليم بلدة قرية إمارة جزيرة جبال \
        سلسلة هضبة
        """)

    /// Common nouns that, with only adjectives after them, describe a party rather than name it
    /// (`الحكومة المصرية`, `الجانب الإسرائيلي`, `الوفد الفلسطيني`).
    static let commonNouns = keys("""
        الحكومة الجانب الجانبين الطرف الطرفين الأطراف الوفد الوفود الشعب السلطات المسؤولين المسؤولون \
        الوسطاء الوسيط القوات الأوساط الدوائر المصادر الأجهزة الشركاء الدول البلدين المنطقة الإدارة \
        الخطة الأراضي الحرب الحروب الغزو الصراع الاحتلال الأمن الدولتان الدولتين المملكة الجمهورية المحيط \
        البحر بحر شبه جزر الجزر
        """)

    /// Adjectives of origin that no gazetteer place explains (`العربي`, `الدولي`).
    static let otherNisbas = keys("""
        العربي العربية العرب الدولي الدولية الإقليمي الإقليمية الأممي الأممية الغربي الغربية الشرقي الشرقية \
        الأجنبي الأجنبية المحلي المحلية الوطني الوطنية الاتحادي الاتحادية الفيدرالي الفيدرالية
        """)
}

extension EntityVocabulary {
    /// Heads that open an institution's name when a definite complement follows (`وزارة الخارجية`,
    /// `مجلس الأمن`, `البنك المركزي`).
    static let institutionHeads = keys("""
        وزارة جامعة منظمة مجلس وكالة بنك البنك صندوق اتحاد حزب مؤسسة مفوضية نقابة أكاديمية مستشفى مكتبة محكمة \
        رابطة دوري جمعية معهد كلية نادي منتخب المنتخب الاتحاد المفوضية قناة صحيفة
        """)

    /// Institution heads that stay outside the name, as a company's `شركة` does: `قناة الجزيرة` is
    /// `الجزيرة`, `صحيفة الأهرام` is `الأهرام` (the canals are the gazetteer's: `قناة السويس`).
    static let mediaHeads = keys("""
        قناة صحيفة
        """)

    /// Heads of a company's name that stay outside it (`شركة أبل` is `أبل`): the word after one names a company,
    /// whatever else general text uses it for (`أبل`, read without its hamza, is also camels).
    static let companyHeads = keys("""
        شركة
        """)

    /// Heads of events named after someone or something (`بطولة رولان غاروس`, `جائزة نوبل`) and of tribes and clans
    /// (`بني هاشم`; `بنى` is keyed as `بني`): what follows names the event or the group, not a person.
    static let eventAndTribeHeads = keys("""
        بطولة جائزة مهرجان كأس سباق ماراثون بني بنو
        """)

    /// Definite heads of bodies named by the nation they serve (`السلطة الفلسطينية`, `الرابطة الأمريكية`); with
    /// adjectives that name no place they describe (`السلطة التنفيذية`).
    static let nationalBodyHeads = keys("""
        السلطة الرابطة
        """)

    /// Titles that are followed by a name often enough to find one the tagger missed (`الدكتور خليل الحية`);
    /// words such as `الأمين`, `الفريق`, `الملكة` also mean "trustworthy", "team", "queen ant" and are left out.
    static let personTriggers = keys("""
        الدكتور الدكتورة د الشيخ السيد السيدة الأستاذ الأستاذة المهندس المهندسة الحاج اللواء العميد العقيد \
        المقدم الرئيس الوزير الوزيرة الأمير المستشار النائب السفير المبعوث الجنرال المشير وزير رئيس المتحدث \
        الناطق الحارس المدافع المهاجم حارس لاعب
        """)

    /// Definite words that end an institution's complement rather than continue it (`وزارة الخارجية اليوم`).
    static let complementBreakers = keys("""
        اليوم الأمس الذي التي الذين اللذين اللتين اللاتي الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة \
        السبت الماضي الماضية المقبل المقبلة الجاري الجارية الحالي الحالية الأخير الأخيرة الأولى الثاني الثانية \
        الآن السابق السابقة
        """)

    /// Function words and the verbs of reporting that follow a title where no name does (`قال الرئيس إن`).
    static let functionWords = keys("""
        في من إلى الى على عن مع إن أن أنه أنها إنه لا لم لن ما قد لقد وقد كان كانت يكون هذا هذه ذلك تلك هو هي \
        هم بين بعد قبل حول خلال عند منذ حتى ثم أو أم بل لكن كما إذ إذا يوم أمس أيضا غير كل بعض جميع عبر ضد \
        نحو دون لدى عقب إثر وفق وفقا قال وقال أكد وأكد أعلن وأعلن أشار وأشار أضاف وأضاف صرح يقول تقول يرى \
        وصل يصل زار يزور التقى يلتقي استقبل دعا طالب أن إلى بأن الذي التي اليوم
        """)
}

extension EntityVocabulary {
    /// The keys of `words` and of their forms behind conjunctions and prepositions (`لشركة`, `وبطولة`), looked up
    /// once per word rather than taken apart letter by letter.
    static func withClitics(_ words: KeySet) -> KeySet {
        KeySet(words.members.flatMap { CliticForms.of($0.text) })
    }

    static let companyHeadForms = withClitics(companyHeads)
    static let eventAndTribeHeadForms = withClitics(eventAndTribeHeads)
    /// Institution and company heads with the article, behind any clitic (`للمنظمة`, `والشركة`, `بالوزارة`).
    static let definiteHeadForms = withClitics(KeySet(institutionHeads.union(companyHeads).members.map { head in
        head.text.hasPrefix("ال") ? head.text : "ال" + head.text
    }))

    /// Titles and heads: words that announce a name, and that a leading clitic may be taken off.
    static func isTrigger(_ key: String) -> Bool {
        triggers.contains(key)
    }

    static let triggers = titles.union(institutionHeads).union(genericHeads).union(nationalBodyHeads)
}
