import Testing
@testable import SiteBuilder

@Suite struct ImportBoilerplateLineTests {
    @Test(arguments: [
        "اقرأ أيضا: حماس تسلم ردها على خطة وقف إطلاق النار",
        "اقرأ أيضاً: مصر تستضيف جولة جديدة",
        "إقرأ ايضا | الرئيس يفتتح المعرض الدولي للكتاب في دورته الجديدة بحضور عدد كبير من الناشرين",
        "شاهد أيضا",
        "شاهد أيضاً: لحظة وصول الوفد",
        "شارك المقال",
        "شارك على فيسبوك",
        "تابعونا على تويتر",
        "اشترك في النشرة البريدية!",
        "للاشتراك في قناتنا على يوتيوب اضغط هنا",
        "المصدر: وكالة أنباء الشرق الأوسط",
        "المصدر : رويترز",
        "Share this article",
    ])
    func pastedLinesAreBoilerplate(_ line: String) {
        #expect(BoilerplateLine.matches(line))
    }

    @Test(arguments: [
        "شارك الرئيس في القمة العربية.",
        "شاركت مصر في المفاوضات",
        "تابعونا على تويتر لمعرفة آخر الأخبار عن الجولة التي تستضيفها القاهرة بين الوفدين اليوم",
        "المصدر الذي تحدث إلى الوكالة طلب عدم ذكر اسمه.",
        "وقال المصدر: إن الجولة ستستمر.",
        "المصدر: مصدر مطلع قال لوكالة رويترز إن المفاوضات ستستمر ثلاثة أيام أخرى في القاهرة بحضور الوسطاء.",
        "شاهد التفاصيل في الفيديو",
        "اقرؤوا الخبر كاملا في عدد الغد.",
        "شاهد أيضا الحضارة الإسلامية.ويبدأ التاريخ الحديث للبترول في عام 1853، باكتشاف عملية تقطير البترول.",
    ])
    func runningTextIsNot(_ line: String) {
        #expect(!BoilerplateLine.matches(line))
    }

    @Test func boilerplateStaysInTheBodyButOutOfTheParagraphs() throws {
        let text = "العنوان\n\nالفقرة الأولى من المقال.\n\nاقرأ أيضا: خبر آخر\n\nالفقرة الثانية.\n\nالمصدر: رويترز\n"
        let article = try RawArticleParser.parse(text, path: "Content/a.txt")
        #expect(article.blocks.map(\.kind) == [.paragraph, .boilerplate, .paragraph, .boilerplate])
        #expect(article.paragraphs == ["الفقرة الأولى من المقال.", "الفقرة الثانية."])
        let body = MarkdownBody.render(article.blocks)
        #expect(body.contains("\n\nاقرأ أيضا: خبر آخر\n\n") && body.hasSuffix("\n\nالمصدر: رويترز\n"))
        #expect(MarkdownBody.paragraphs(in: body) == article.paragraphs, "enrich leaves them out too")
    }
}
