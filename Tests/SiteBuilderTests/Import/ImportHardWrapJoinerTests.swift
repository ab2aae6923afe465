import Testing
@testable import SiteBuilder

@Suite struct ImportHardWrapJoinerTests {
    static let paragraph = "تستضيف القاهرة اليوم الإثنين جولة جديدة من المفاوضات بين وفدي حماس وإسرائيل، بحضور وسطاء من قطر والولايات المتحدة، لبحث آليات وقف إطلاق النار وتبادل المحتجزين. وقال مسؤول مصري إن الجولة قد تستمر ثلاثة أيام."
    static let second = "ووصل الوفد الأول إلى القاهرة مساء أمس برئاسة خليل الحية، فيما ينتظر وصول الوفد الثاني صباح اليوم. وتأتي الجولة بعد أسابيع من الاتصالات المكثفة التي أجرتها مصر مع الطرفين."

    /// Greedy wrapping at `width` characters, as e-papers and `fmt` do it.
    static func wrapped(_ text: String, width: Int = 75) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.unicodeScalars.count + 1 + word.unicodeScalars.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Lines numbered from 1; `separator` (`\n` or `\n\n`) between the lines of a paragraph, `\n\n` between paragraphs.
    static func lines(_ paragraphs: [[String]], separator: String) -> [HardWrapJoiner.Line] {
        var result: [HardWrapJoiner.Line] = []
        var number = 1
        for paragraph in paragraphs {
            for (offset, line) in paragraph.enumerated() {
                let followsBlank = !result.isEmpty && (offset == 0 || separator == "\n\n")
                if followsBlank { number += 1 }
                result.append(HardWrapJoiner.Line(text: line, number: number, followsBlank: followsBlank))
                number += 1
            }
        }
        return result
    }

    @Test(arguments: ["\n", "\n\n"]) func wrappedLinesAreJoinedBackIntoTheirParagraphs(_ separator: String) {
        let paragraphs = [Self.wrapped(Self.paragraph), Self.wrapped(Self.second)]
        #expect(paragraphs.allSatisfy { $0.count >= 3 })
        let grouping = HardWrapJoiner.blocks(of: Self.lines(paragraphs, separator: separator))
        #expect(grouping.isHardWrapped)
        #expect(grouping.blocks.map(\.text) == [Self.paragraph, Self.second])
        #expect(grouping.blocks.map(\.lines) == paragraphs, "each wrapped line stays a line of its paragraph")
    }

    @Test func withoutBlankLinesALineTheNextWordWouldHaveFitOnEndsTheParagraph() {
        let text = "العنوان القصير\n" + (Self.wrapped(Self.paragraph) + Self.wrapped(Self.second)).joined(separator: "\n")
        let lines = text.split(separator: "\n").enumerated().map { HardWrapJoiner.Line(text: String($1), number: $0 + 1, followsBlank: false) }
        let blocks = HardWrapJoiner.blocks(of: lines).blocks
        #expect(blocks.map(\.text) == ["العنوان القصير", Self.paragraph, Self.second])
        #expect(blocks.map(\.firstLine) == [1, 2, 2 + Self.wrapped(Self.paragraph).count])
    }

    @Test func aFullLastLineBeforeABlankLineStillEndsItsParagraphWhenWrapsAreSingleNewlines() {
        // The first paragraph's last line is as long as a wrapped one: only the blank line says it ends there.
        let first = Self.wrapped(Self.paragraph + " وأضاف أن الوفود ستعود.", width: 75)
        let paragraphs = [first, Self.wrapped(Self.second)]
        let blocks = HardWrapJoiner.blocks(of: Self.lines(paragraphs, separator: "\n")).blocks
        #expect(blocks.map(\.lines) == paragraphs)
    }

    @Test func textWithAParagraphPerLineIsNotHardWrapped() {
        let lines = [Self.paragraph, Self.second, "عنوان فرعي", Self.paragraph].enumerated().map {
            HardWrapJoiner.Line(text: $1, number: 2 * $0 + 1, followsBlank: $0 > 0)
        }
        let grouping = HardWrapJoiner.blocks(of: lines)
        #expect(!grouping.isHardWrapped)
        #expect(grouping.blocks.map(\.lines) == lines.map { [$0.text] })
    }

    @Test func shortParagraphsOfTwoWrappedLinesAreJoinedToo() {
        let paragraphs = [
            "استضافت القاهرة اليوم جولة جديدة من المحادثات بين الوفدين بحضور الوسطاء من قطر.",
            "وقال مسؤول مصري إن الجولة تناولت ملفات عدة بينها تبادل المحتجزين وإدخال المساعدات.",
            "وأضاف أن جولة أخرى ستعقد في عمان الشهر المقبل إذا تقدمت المحادثات في هذه الجولة.",
        ]
        let wrapped = paragraphs.map { Self.wrapped($0, width: 60) }
        #expect(wrapped.allSatisfy { $0.count == 2 })
        let grouping = HardWrapJoiner.blocks(of: Self.lines([["المحادثات في القاهرة"]] + wrapped, separator: "\n\n"))
        #expect(grouping.isHardWrapped)
        #expect(grouping.blocks.map(\.text) == ["المحادثات في القاهرة"] + paragraphs)
    }

    @Test func shortParagraphsOfSimilarLengthOnALineEachAreNotJoined() {
        // Three lines come within a word of the longest, but they end sentences: no wrapper broke them.
        let paragraphs = [
            "استضافت القاهرة اليوم جولة جديدة من المحادثات بين الوفدين بحضور الوسطاء من قطر ومصر.",
            "وقال مسؤول مصري إن الجولة تناولت ملفات عدة بينها تبادل المحتجزين وإدخال المساعدات.",
            "وأضاف أن جولة أخرى ستعقد في عمان الشهر المقبل إذا تقدمت المحادثات في هذه الجولة.",
            "ولم يحدد موعد الجولة المقبلة.",
        ]
        let grouping = HardWrapJoiner.blocks(of: Self.lines(paragraphs.map { [$0] }, separator: "\n\n"))
        #expect(!grouping.isHardWrapped)
        #expect(grouping.blocks.map(\.text) == paragraphs)
    }

    @Test func shortLinesAreNotTakenForWraps() {
        let lines = ["سطر قصير", "سطر آخر", "سطر ثالث", "فقرة."].enumerated().map {
            HardWrapJoiner.Line(text: $1, number: $0 + 1, followsBlank: false)
        }
        let grouping = HardWrapJoiner.blocks(of: lines)
        #expect(!grouping.isHardWrapped)
        #expect(grouping.blocks.map(\.lines) == [["سطر قصير", "سطر آخر", "سطر ثالث", "فقرة."]], "lines without blank lines between stay one block")
    }
}
