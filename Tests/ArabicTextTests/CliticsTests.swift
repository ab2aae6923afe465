import Testing
@testable import ArabicText

@Suite struct CliticsTests {
    @Test(arguments: [
        ("conjunction before hamza", "وإسرائيل", "إسرائيل"),
        ("conjunction before article", "والقاهرة", "القاهرة"),
        ("preposition before article", "بالقاهرة", "القاهرة"),
        ("lam-lam restores the alef", "للقاهرة", "القاهرة"),
        ("conjunction and lam-lam", "وللقاهرة", "القاهرة"),
        ("fa before hamza", "فإن", "إن"),
        ("bare preposition is not proof", "لحماس", "لحماس"),
        ("bare conjunction is not proof", "وحماس", "وحماس"),
        ("waw of the word", "وزارة", "وزارة"),
        ("baa of the word", "بغداد", "بغداد"),
        ("lam of the word", "لبنان", "لبنان"),
        ("article is kept", "الحية", "الحية"),
        ("too short after the article", "والي", "والي"),
        ("lam-lam of a short word", "لله", "لله"),
        ("empty", "", ""),
    ])
    func stripsBySpelling(_ row: (id: String, word: String, expected: String)) {
        #expect(Clitics.strip(row.word) == row.expected, "\(row.id)")
    }

    @Test(arguments: [
        ("attested stem", "لحماس", "حماس"),
        ("attested stem after waw", "وحماس", "حماس"),
        ("known whole word is never split", "لبنان", "لبنان"),
        ("known stem under two clitics", "وبغزة", "غزة"),
        ("unknown stays whole", "وزارة", "وزارة"),
    ])
    func stripsWithKnowledge(_ row: (id: String, word: String, expected: String)) {
        let known: Set = ["حماس", "لبنان", "بنان", "غزة"]
        let stripped = Clitics.strip(row.word, isKnownName: { $0 == "لبنان" }, isAttested: known.contains)
        #expect(stripped == row.expected, "\(row.id)")
    }

    @Test func splitKeepsSlicesOfTheWord() {
        let word: Substring = "وبالقاهرة"
        let split = Clitics.split(word)
        #expect(split.conjunction == "و")
        #expect(split.preposition == "ب")
        #expect(split.article == "ال")
        #expect(split.stem == "قاهرة")
        #expect(split.proclitics.joined() + split.stem == word)
    }

    @Test func diacriticsDoNotHideClitics() {
        #expect(Clitics.strip("وَإِسْرَائِيل") == "إِسْرَائِيل")
    }
}
