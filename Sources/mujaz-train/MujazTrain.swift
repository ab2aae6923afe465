import ArgumentParser
import Enrichment
import Foundation

/// Trains the entity tagger shipped with Mujaz; `docs/nlp.md` gives the exact command.
@main
struct MujazTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mujaz-train",
        abstract: "Train Mujaz's named-entity tagger, or shrink a trained model.",
        subcommands: [Train.self, Shrink.self],
        defaultSubcommand: Train.self
    )
}

/// The largest model file Mujaz ships, by default.
private let defaultMaximumMegabytes = 30

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the named-entity tagger on a labeled column file and tune it on another."
    )

    @Argument(help: "Training sentences: token<TAB>tag per line, blank line between sentences.")
    var trainingFile: String

    @Argument(help: "Tuning sentences in the same format; chooses the number of epochs.")
    var tuningFile: String

    @Option(name: .customLong("also"), help: ArgumentHelp("More training sentences whose conventions differ from the training file's; each file is its own source, with its own copy of every feature (repeatable).", valueName: "FILE"))
    var otherSources: [String] = []

    @Option(name: .customLong("name-lists"), help: ArgumentHelp("Words known to name lists (list<TAB>word rows), read as features; made by scripts/gen_name_lists.py.", valueName: "FILE"))
    var nameLists = "data/name-words.tsv"

    @Option(name: .shortAndLong, help: "Where to write the model file.")
    var output = "Sources/Enrichment/Resources/\(EntityTagger.modelFileName)"

    @Option(help: "Also write the tuning sentences as tagged by the model (token<TAB>tag), for ner_score.py.")
    var predictions: String?

    @Option(help: "Most training passes over the data, per tagger pass.")
    var epochs = 20

    @Option(help: "Sentences per document block for the document pass.")
    var documentSize = 100

    @Option(help: "Perceptrons averaged per pass, each trained in its own order.")
    var ensemble = 4

    @Option(help: "Drop the weakest features until the model file takes at most this many megabytes (MB, 10^6 bytes).")
    var maxMegabytes = defaultMaximumMegabytes

    @Flag(help: "After choosing epochs and the O bias on the tuning sentences, train the written model again on the training and tuning sentences together with those choices. The scores printed stay those of the model trained without the tuning sentences.")
    var refitWithTuning = false

    func run() throws {
        let started = Date()
        var training = try Self.sentences(at: trainingFile)
        for (offset, path) in otherSources.enumerated() {
            training += try Self.sentences(at: path).map { sentence in
                var sentence = sentence
                sentence.source = offset + 1
                return sentence
            }
        }
        let tuning = try Self.sentences(at: tuningFile)
        var trainer = TaggerTrainer(maximumEpochs: epochs, documentSize: documentSize, ensembleSize: ensemble)
        trainer.maximumModelBytes = maxMegabytes * 1_000_000
        guard let names = try? String(contentsOfFile: nameLists, encoding: .utf8) else {
            throw ValidationError("\(nameLists): cannot read the name lists")
        }
        try trainer.readNameLists(names, path: nameLists)
        let result = trainer.train(on: training, tuningOn: tuning, refittingWithTuning: refitWithTuning) { print($0) }
        do {
            try Data(result.modelFile).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ValidationError("\(output): cannot write the model: \(error.localizedDescription)")
        }
        if let predictions {
            try Self.write(result.tuningPredictions, of: tuning, to: predictions)
        }
        let seconds = Date().timeIntervalSince(started)
        print("chose epochs \(result.epochs.sentence) and \(result.epochs.document), O bias \(result.outsideBias); tuning main F1 \(result.mainScore.f1), all F1 \(result.allScore.f1)")
        print("wrote \(output) (\(result.modelFile.count) bytes) in \(Int(seconds.rounded())) s")
    }

    private static func write(_ tags: [[String]], of sentences: [LabeledSentence], to path: String) throws {
        var text = ""
        for (sentence, sentenceTags) in zip(sentences, tags) {
            for (token, tag) in zip(sentence.tokens, sentenceTags) { text += "\(token)\t\(tag)\n" }
            text += "\n"
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("\(path): cannot write the predictions: \(error.localizedDescription)")
        }
    }

    private static func sentences(at path: String) throws -> [LabeledSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the file")
        }
        return try LabeledSentence.sentences(in: ColumnFile(bytes: [UInt8](data), path: path), path: path)
    }
}

struct Shrink: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Drop a trained model's weakest features until its file fits a size."
    )

    @Argument(help: "The model file to shrink.")
    var model: String

    @Option(name: .shortAndLong, help: "Where to write the smaller model file.")
    var output: String

    @Option(help: "The largest file to write, in megabytes (MB, 10^6 bytes).")
    var maxMegabytes = defaultMaximumMegabytes

    func run() throws {
        let tagger: EntityTagger
        do {
            tagger = try EntityTagger(anyVersionAt: model)
        } catch {
            throw ValidationError("\(error)")
        }
        let bytes = tagger.prunedModelFile(toBytes: maxMegabytes * 1_000_000)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ValidationError("\(output): cannot write the model: \(error.localizedDescription)")
        }
        print("wrote \(output) (\(bytes.count) bytes)")
    }
}
