/// Trains the tagger: two structured averaged perceptrons with Viterbi decoding, one per pass, each choosing
/// its number of epochs by entity F1 on the tuning sentences. Deterministic: same data and options, same file.
public struct TaggerTrainer: Sendable {
    public var maximumEpochs: Int
    /// Training text is cut into this many folds: a sentence's lexicon features and the first-pass tags the
    /// second pass learns from come from models that never saw its fold, as it will be for unseen text.
    public var folds: Int
    /// Sentences per document block for the second pass.
    public var documentSize: Int
    /// Each pass averages this many perceptrons trained in different orders (`PerceptronEnsemble`).
    public var ensembleSize: Int
    public var seed: UInt64
    /// The name lists the model's features consult (and its file carries).
    var nameWords: NameWords = .none
    /// When set, the weakest features are dropped until the model file fits (`TaggerModel.pruned(toBytes:)`);
    /// the tuning scores are those of the pruned model.
    public var maximumModelBytes: Int?

    public init(maximumEpochs: Int = 20, folds: Int = 10, documentSize: Int = 30, ensembleSize: Int = 4,
                seed: UInt64 = 2026) {
        self.maximumEpochs = maximumEpochs
        self.folds = folds
        self.documentSize = documentSize
        self.ensembleSize = ensembleSize
        self.seed = seed
    }

    /// Reads the name lists (`list<TAB>word` rows, see `NameWords`) that the trained model's features consult.
    public mutating func readNameLists(_ text: String, path: String) throws(NameWords.FormatError) {
        nameWords = try NameWords(tsv: text, path: path)
    }

    public struct Result: Sendable {
        public let modelFile: [UInt8]
        /// Epochs chosen for the sentence pass and the document pass.
        public let epochs: (sentence: Int, document: Int)
        /// The `O` bias chosen for the document pass.
        public let outsideBias: Float
        /// Tuning-set scores of the model trained without the tuning sentences: people, places and
        /// organizations; and all four types.
        public let mainScore: EntityScore
        public let allScore: EntityScore
        /// The tuning sentences tagged by that model, to check with an outside scorer.
        public let tuningPredictions: [[String]]
    }

    /// How a pass gets its number of epochs and its `O` bias.
    private enum Schedule {
        /// Chosen by entity F1 on these sentences, which the pass does not train on.
        case tuned(on: [LabeledSentence])
        /// As chosen by an earlier tuned run.
        case fixed(epochs: (sentence: Int, document: Int), outsideBias: Float)
    }

    private struct StageOutcome {
        let stage: LinearStage
        let epochs: Int
    }

    private struct Fit {
        let model: TaggerModel
        let epochs: (sentence: Int, document: Int)
        let outsideBias: Float
    }

    /// Trains on `training`, choosing epochs and the `O` bias on `tuning`. With `refittingWithTuning`, the model
    /// returned is then trained again on both sets with those choices (more text, same settings); the scores stay
    /// those of the model that never saw the tuning sentences.
    public func train(on training: [LabeledSentence], tuningOn tuning: [LabeledSentence], refittingWithTuning: Bool = false,
                      log: (String) -> Void) -> Result {
        let tuned = fit(training, schedule: .tuned(on: tuning), log: log)
        let tunedModel = sized(tuned.model)
        let predictions = tunedModel.tagDocument(tuning.map(\.tokens))
        var main = EntityScore()
        var all = EntityScore()
        for (sentence, predicted) in zip(tuning, predictions) {
            main.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3])
            all.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3, 4])
        }
        var shipped = tunedModel
        if refittingWithTuning {
            log("refit on training and tuning sentences: epochs \(tuned.epochs.sentence) and \(tuned.epochs.document), O bias \(tuned.outsideBias)")
            shipped = sized(fit(training + tuning, schedule: .fixed(epochs: tuned.epochs, outsideBias: tuned.outsideBias), log: log).model)
        }
        return Result(modelFile: shipped.serialized(), epochs: tuned.epochs, outsideBias: tuned.outsideBias, mainScore: main,
                      allScore: all, tuningPredictions: predictions.map { $0.map { EntityTagSet.iob2Name(of: $0) } })
    }

    private func sized(_ model: TaggerModel) -> TaggerModel {
        maximumModelBytes.map { model.pruned(toBytes: $0) } ?? model
    }

    private func fit(_ training: [LabeledSentence], schedule: Schedule, log: (String) -> Void) -> Fit {
        let lexicon = Self.lexicon(of: training[...])
        let extractor = FeatureExtractor(lexicon: lexicon, nameWords: nameWords)
        let foldRanges = (0..<max(1, min(folds, training.count))).map { fold in
            (training.count * fold / folds)..<(training.count * (fold + 1) / folds)
        }
        var trainingAttributes = attributesWithHeldOutLexicons(training, foldRanges: foldRanges)
        let tuning: [LabeledSentence]
        if case .tuned(let sentences) = schedule { tuning = sentences } else { tuning = [] }
        var tuningAttributes = tuning.map { extractor.attributes(of: $0.tokens) }
        let fixed: (epochs: (sentence: Int, document: Int), outsideBias: Float)?
        if case .fixed(let epochs, let outsideBias) = schedule { fixed = (epochs, outsideBias) } else { fixed = nil }

        log("sentence pass: \(training.count) training sentences")
        let sources = (training.map(\.source).max() ?? 0) + 1
        var rows = FeatureRows(sources: sources)
        let firstSet = Self.encode(training, trainingAttributes, extractor, rows: &rows)
        let first = trainStage(firstSet, rows: rows, tuning: tuning, tuningAttributes, extractor,
                               fixed: fixed.map { ($0.epochs.sentence, 0) }, tunesOutsideBias: false, log: log)

        log("sentence pass on held-out folds, \(first.epochs) epochs each")
        var heldOutTags = [[Int]](repeating: [], count: training.count)
        for range in foldRanges {
            let others = Array(firstSet[..<range.lowerBound]) + Array(firstSet[range.upperBound...])
            var ensemble = PerceptronEnsemble(size: ensembleSize, seed: seed, featureCount: rows.count, set: others)
            for _ in 0..<first.epochs { ensemble.runEpoch() }
            let averaged = ensemble.averaged()
            for index in range {
                heldOutTags[index] = firstSet[index].decode(emission: averaged.emission,
                                                            transitions: averaged.transitions, starts: averaged.starts)
            }
        }
        let firstScorer = PassScorer(passes: [first.stage], extractor: extractor)
        var wordScores = WordScores(table: firstScorer.table)
        let tuningFirstTags = zip(tuningAttributes, tuning).map { attributes, sentence in
            let sums = firstScorer.scores(attributes: attributes, count: sentence.tokens.count, wordScores: &wordScores)
            return firstScorer.decode(sums, count: sentence.tokens.count, pass: 0)
        }
        fillDocumentSlots(&trainingAttributes, firstPass: heldOutTags)
        fillDocumentSlots(&tuningAttributes, firstPass: tuningFirstTags)

        log("document pass: blocks of \(documentSize) sentences")
        var documentRows = FeatureRows(sources: sources)
        let secondSet = Self.encode(training, trainingAttributes, extractor, rows: &documentRows)
        let second = trainStage(secondSet, rows: documentRows, tuning: tuning, tuningAttributes, extractor,
                                fixed: fixed.map { ($0.epochs.document, $0.outsideBias) }, tunesOutsideBias: true, log: log)

        let model = TaggerModel(version: EntityTagger.modelVersion, lexicon: lexicon, nameWords: nameWords, sentencePass: first.stage,
                                documentPass: second.stage, documentSize: documentSize)
        return Fit(model: model, epochs: (first.epochs, second.epochs), outsideBias: second.stage.outsideBias)
    }

    /// Trains one pass. Tuned: up to `maximumEpochs`, keeping the ensemble's averaged weights of the best tuning
    /// epoch, then (if asked) the `O` bias that scores best on the tuning set with those weights. Fixed: exactly
    /// the given epochs and bias.
    private func trainStage(_ set: [EncodedSentence], rows: FeatureRows, tuning: [LabeledSentence],
                            _ tuningAttributes: [[UInt64]], _ extractor: FeatureExtractor,
                            fixed: (epochs: Int, outsideBias: Float)?, tunesOutsideBias: Bool,
                            log: (String) -> Void) -> StageOutcome {
        var ensemble = PerceptronEnsemble(size: ensembleSize, seed: seed, featureCount: rows.count, set: set)
        if let fixed {
            for _ in 0..<max(1, fixed.epochs) { ensemble.runEpoch() }
            let shipped = rows.folded(ensemble.averaged())
            return StageOutcome(stage: LinearStage(trainedKeys: shipped.keys, trained: shipped.weights, outsideBias: fixed.outsideBias),
                                epochs: fixed.epochs)
        }
        let tuningSet = zip(tuning, tuningAttributes).map { sentence, attributes in
            EncodedSentence(tags: sentence.tags, attributes: attributes, extractor: extractor, rowsOf: rows.targetRows)
        }
        func score(_ weights: PerceptronWeights.Snapshot, outsideBias: Float) -> (main: EntityScore, all: EntityScore) {
            var main = EntityScore()
            var all = EntityScore()
            for sentence in tuningSet {
                let predicted = sentence.decode(emission: weights.emission, transitions: weights.transitions,
                                                starts: weights.starts, outsideBias: outsideBias)
                main.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3])
                all.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3, 4])
            }
            return (main, all)
        }
        var best: (epoch: Int, f1: Double, weights: PerceptronWeights.Snapshot)?
        for epoch in 1...max(1, maximumEpochs) {
            ensemble.runEpoch()
            let averaged = ensemble.averaged()
            let (main, all) = score(averaged, outsideBias: 0)
            log("  epoch \(epoch): tuning main F1 \(Self.format(main.f1)), all F1 \(Self.format(all.f1))")
            if main.f1 > best?.f1 ?? -1 { best = (epoch, main.f1, averaged) }
        }
        guard let best else { preconditionFailure("maximumEpochs must be at least 1") }
        var outsideBias: (value: Float, f1: Double) = (0, best.f1)
        for candidate in tunesOutsideBias ? Self.outsideBiasCandidates : [] {
            let (main, all) = score(best.weights, outsideBias: candidate)
            log("  O bias \(candidate): tuning main F1 \(Self.format(main.f1)), all F1 \(Self.format(all.f1))")
            if main.f1 > outsideBias.f1 { outsideBias = (candidate, main.f1) }
        }
        let shipped = rows.folded(best.weights)
        return StageOutcome(stage: LinearStage(trainedKeys: shipped.keys, trained: shipped.weights, outsideBias: outsideBias.value),
                            epochs: best.epoch)
    }

    private static let outsideBiasCandidates: [Float] = [0.5, 1, 1.5, 2, 3, 4, 6, 8]

    private static func encode(_ sentences: [LabeledSentence], _ attributes: [[UInt64]], _ extractor: FeatureExtractor,
                               rows: inout FeatureRows) -> [EncodedSentence] {
        zip(sentences, attributes).map { sentence, attributes in
            EncodedSentence(tags: sentence.tags, attributes: attributes, extractor: extractor) { feature, found in
                rows.rows(of: feature, source: sentence.source, into: &found)
            }
        }
    }

    /// Attributes of the training sentences, each fold's lexicon slots filled from the other folds' lexicon.
    private func attributesWithHeldOutLexicons(_ sentences: [LabeledSentence], foldRanges: [Range<Int>]) -> [[UInt64]] {
        var attributes = sentences.map { FeatureExtractor.lexiconFreeAttributes(of: $0.tokens) }
        for range in foldRanges {
            let others = sentences[..<range.lowerBound] + sentences[range.upperBound...]
            let extractor = FeatureExtractor(lexicon: Self.lexicon(of: others), nameWords: nameWords)
            for index in range { extractor.fillLexiconSlots(&attributes[index]) }
        }
        return attributes
    }

    private func fillDocumentSlots(_ attributes: inout [[UInt64]], firstPass: [[Int]]) {
        for blockStart in stride(from: 0, to: attributes.count, by: max(1, documentSize)) {
            let block = blockStart..<min(blockStart + max(1, documentSize), attributes.count)
            let evidence = DocumentEvidence(attributes: attributes[block], firstPass: firstPass[block])
            for index in block { evidence.fill(&attributes[index], firstPass: firstPass[index]) }
        }
    }

    /// Tag counts per matching key over `sentences`.
    static func lexicon(of sentences: ArraySlice<LabeledSentence>) -> TagLexicon {
        var counts: [UInt64: [Int32]] = [:]
        for sentence in sentences {
            let attributes = FeatureExtractor.lexiconFreeAttributes(of: sentence.tokens)
            for (position, tag) in sentence.tags.enumerated() {
                let key = attributes[position * TokenAttribute.slotCount + TokenAttribute.key.rawValue]
                counts[key, default: Array(repeating: 0, count: EntityTagSet.count)][tag] += 1
            }
        }
        return TagLexicon(counts: counts)
    }

    private static func format(_ value: Double) -> String {
        String(Double(Int((value * 10_000).rounded())) / 10_000)
    }
}
