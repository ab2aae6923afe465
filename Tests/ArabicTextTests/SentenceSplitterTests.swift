import Testing
@testable import ArabicText

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("period", "وصل الوفد. بدأت المحادثات.", ["وصل الوفد.", "بدأت المحادثات."]),
        ("exclamation and question", "يا للهول! هل انتهت؟ نعم", ["يا للهول!", "هل انتهت؟", "نعم"]),
        ("latin question mark", "Really? Yes.", ["Really?", "Yes."]),
        ("run of periods", "في غزة.. شاهد التفاصيل", ["في غزة..", "شاهد التفاصيل"]),
        ("line break", "عنوان الخبر\nنص الخبر", ["عنوان الخبر", "نص الخبر"]),
        ("blank lines", "الأول\n\n\nالثاني", ["الأول", "الثاني"]),
        ("not on arabic comma or semicolon", "قال، ثم أضاف؛ وانتهى.", ["قال، ثم أضاف؛ وانتهى."]),
        ("not inside a decimal", "نما الاقتصاد 3.5 بالمئة.", ["نما الاقتصاد 3.5 بالمئة."]),
        ("not inside arabic digits", "بلغ العدد ١٬٠٠٠ وبلغ ٣٫٥ أيضا.", ["بلغ العدد ١٬٠٠٠ وبلغ ٣٫٥ أيضا."]),
        ("doctor abbreviation", "قال د. خليل الحية إن الوفد وصل.", ["قال د. خليل الحية إن الوفد وصل."]),
        ("engineer abbreviation", "صرح م. أحمد بذلك.", ["صرح م. أحمد بذلك."]),
        ("hijri year ends a sentence", "في عام 1445 هـ. وقعت أحداث.", ["في عام 1445 هـ.", "وقعت أحداث."]),
        ("gregorian year ends a sentence", "نال جائزة نوبل عام 1988م. ولد في القاهرة.", ["نال جائزة نوبل عام 1988م.", "ولد في القاهرة."]),
        ("unit without a space after", "يبلغ ارتفاعه 5000 م.أما السلسلة", ["يبلغ ارتفاعه 5000 م.", "أما السلسلة"]),
        ("letter two spaces after a number", "رقم 12  م. أحمد", ["رقم 12  م. أحمد"]),
        ("dotted era after a year", "عاش عام 300 ق.م. في أثينا.", ["عاش عام 300 ق.م. في أثينا."]),
        ("spaced era after a year", "بنيت حوالي 2550 ق. م، هي ثلاثة أهرامات.", ["بنيت حوالي 2550 ق. م، هي ثلاثة أهرامات."]),
        ("initials", "قال أ.د. محمد كلاما.", ["قال أ.د. محمد كلاما."]),
        ("letter before a run of periods", "قال د.. ثم مضى. وعاد", ["قال د.. ثم مضى.", "وعاد"]),
        ("listed form as the last part", "راسلوا العنوان ص.ب. 12 ثم انتظروا. شكرا", ["راسلوا العنوان ص.ب. 12 ثم انتظروا.", "شكرا"]),
        ("long word before a period", "وصلت الطائرات المقاتلة. ثم عادت", ["وصلت الطائرات المقاتلة.", "ثم عادت"]),
        ("guillemets", "قال: «انتهى الأمر. سنعود» ثم غادر.", ["قال: «انتهى الأمر. سنعود» ثم غادر."]),
        ("straight quotes", "قال: \"لا. لن نوقع\" وغادر.", ["قال: \"لا. لن نوقع\" وغادر."]),
        ("quotation ending a sentence", "قال: «انتهى الأمر.» ثم غادر.", ["قال: «انتهى الأمر.»", "ثم غادر."]),
        ("unclosed quotation ends with its line", "قال: «لا. نعم\nسطر. آخر", ["قال: «لا. نعم", "سطر.", "آخر"]),
        ("closing bracket stays", "(انتهى.) بعدها", ["(انتهى.)", "بعدها"]),
        ("empty", "", []),
        ("only spaces", "   \n  \t ", []),
    ])
    func splits(_ row: (id: String, input: String, expected: [String])) {
        #expect(SentenceSplitter().strings(in: row.input) == row.expected, "\(row.id)")
    }

    @Test func rangesPointIntoTheInput() {
        let text = "  أولا. ثانيا!  "
        let sentences = SentenceSplitter().sentences(in: text)
        #expect(sentences.map { String(text[$0.range]) } == ["أولا.", "ثانيا!"])
    }

    @Test func extremelyLongLine() {
        let text = String(repeating: "كلمة ", count: 50_000) + "."
        #expect(SentenceSplitter().sentences(in: text).count == 1)
    }
}
