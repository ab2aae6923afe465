import Foundation
import Testing
@testable import Enrichment

/// The trainer on a toy corpus: deterministic, and refitting with the tuning sentences keeps the tuned choices.
@Suite struct TaggingTrainerTests {
    static let people = ["أحمد", "محمود", "سامي", "خالد", "منى", "هدى"]
    static let places = ["القاهرة", "عمان", "بيروت", "تونس", "الرباط", "بغداد"]

    /// "قال NAME في PLACE ." with every pairing, so each name and place appears in several sentences.
    static var training: [LabeledSentence] {
        get throws {
            var text = ""
            for (index, person) in people.enumerated() {
                for offset in 0..<3 {
                    let place = places[(index + offset) % places.count]
                    text += "قال\tO\n\(person)\tB-PERS\nفي\tO\n\(place)\tB-LOC\n.\tO\n\n"
                }
            }
            return try sentences(text)
        }
    }

    /// A person and a place that the training sentences never name.
    static var tuning: [LabeledSentence] {
        get throws { try sentences("قال\tO\nزياد\tB-PERS\nفي\tO\nدمشق\tB-LOC\n.\tO\n\n") }
    }

    static func sentences(_ text: String) throws -> [LabeledSentence] {
        try LabeledSentence.sentences(in: ColumnFile(bytes: Array(text.utf8), path: "toy"), path: "toy")
    }

    let trainer = TaggerTrainer(maximumEpochs: 3, folds: 2, documentSize: 5, ensembleSize: 2)

    @Test func theSameDataGiveTheSameModel() throws {
        let first = trainer.train(on: try Self.training, tuningOn: try Self.tuning) { _ in }
        let second = trainer.train(on: try Self.training, tuningOn: try Self.tuning) { _ in }
        #expect(first.modelFile == second.modelFile)
        #expect(first.mainScore.f1 == second.mainScore.f1)
    }

    @Test func refittingKeepsTheTunedChoicesAndScoresAndLearnsTheTuningSentences() throws {
        let tuned = trainer.train(on: try Self.training, tuningOn: try Self.tuning) { _ in }
        let refit = trainer.train(on: try Self.training, tuningOn: try Self.tuning, refittingWithTuning: true) { _ in }
        #expect(refit.epochs == tuned.epochs && refit.outsideBias == tuned.outsideBias)
        #expect(refit.mainScore.f1 == tuned.mainScore.f1 && refit.tuningPredictions == tuned.tuningPredictions)
        #expect(refit.modelFile != tuned.modelFile)

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mujaz-refit-\(UUID().uuidString).bin").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(refit.modelFile).write(to: URL(fileURLWithPath: file))
        let tagger = try EntityTagger(contentsOf: file)
        #expect(tagger.tag(["قال", "زياد", "في", "دمشق", "."]) == ["O", "B-PERS", "O", "B-LOC", "O"])
    }
}
