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

    public init(maximumEpochs: Int = 20, folds: Int = 10, documentSize: Int = 30, ensembleSize: Int = 4,
                seed: UInt64 = 2026) {
        self.maximumEpochs = maximumEpochs
        self.folds = folds
        self.documentSize = documentSize
        self.ensembleSize = ensembleSize
        self.seed = seed
    }

    public struct Result: Sendable {
        public let modelFile: [UInt8]
        /// Epochs chosen for the sentence pass and the document pass.
        public let epochs: (sentence: Int, document: Int)
        /// Tuning-set scores of the final model: people, places and organizations; and all four types.
        public let mainScore: EntityScore
        public let allScore: EntityScore
        /// The tuning sentences tagged by the written model, to check with an outside scorer.
        public let tuningPredictions: [[String]]
    }

    private struct StageOutcome {
        let stage: LinearStage
        let epochs: Int
    }

    public func train(on training: [LabeledSentence], tuningOn tuning: [LabeledSentence],
                      log: (String) -> Void) -> Result {
        let lexicon = Self.lexicon(of: training[...])
        let extractor = FeatureExtractor(lexicon: lexicon)
        let foldRanges = (0..<max(1, min(folds, training.count))).map { fold in
            (training.count * fold / folds)..<(training.count * (fold + 1) / folds)
        }
        var trainingAttributes = attributesWithHeldOutLexicons(training, foldRanges: foldRanges)
        var tuningAttributes = tuning.map { extractor.attributes(of: $0.tokens) }

        log("sentence pass: \(training.count) training sentences")
        var rows: [UInt64: Int32] = [:]
        let firstSet = Self.encode(training, trainingAttributes, extractor, rows: &rows)
        let first = trainStage(firstSet, rows: rows, tuning: tuning, tuningAttributes, extractor,
                               tunesOutsideBias: false, log: log)

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
        var documentRows: [UInt64: Int32] = [:]
        let secondSet = Self.encode(training, trainingAttributes, extractor, rows: &documentRows)
        let second = trainStage(secondSet, rows: documentRows, tuning: tuning, tuningAttributes, extractor,
                                tunesOutsideBias: true, log: log)

        let model = TaggerModel(version: EntityTagger.modelVersion, lexicon: lexicon, sentencePass: first.stage,
                                documentPass: second.stage, documentSize: documentSize)
        let predictions = model.tagDocument(tuning.map(\.tokens))
        var main = EntityScore()
        var all = EntityScore()
        for (sentence, predicted) in zip(tuning, predictions) {
            main.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3])
            all.add(gold: sentence.tags, predicted: predicted, types: [1, 2, 3, 4])
        }
        return Result(modelFile: model.serialized(), epochs: (first.epochs, second.epochs), mainScore: main,
                      allScore: all, tuningPredictions: predictions.map { $0.map { EntityTagSet.iob2Name(of: $0) } })
    }

    /// Trains one pass for up to `maximumEpochs`, keeping the ensemble's averaged weights of the best tuning
    /// epoch, then (if asked) the `O` bias that scores best on the tuning set with those weights.
    private func trainStage(_ set: [EncodedSentence], rows: [UInt64: Int32], tuning: [LabeledSentence],
                            _ tuningAttributes: [[UInt64]], _ extractor: FeatureExtractor, tunesOutsideBias: Bool,
                            log: (String) -> Void) -> StageOutcome {
        let tuningSet = zip(tuning, tuningAttributes).map { sentence, attributes in
            EncodedSentence(tags: sentence.tags, attributes: attributes, extractor: extractor) { rows[$0] }
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
        var ensemble = PerceptronEnsemble(size: ensembleSize, seed: seed, featureCount: rows.count, set: set)
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
        var keys = [UInt64](repeating: 0, count: rows.count)
        for (key, row) in rows { keys[Int(row)] = key }
        return StageOutcome(stage: LinearStage(trainedKeys: keys, trained: best.weights, outsideBias: outsideBias.value),
                            epochs: best.epoch)
    }

    private static let outsideBiasCandidates: [Float] = [0.5, 1, 1.5, 2, 3, 4, 6, 8]

    private static func encode(_ sentences: [LabeledSentence], _ attributes: [[UInt64]], _ extractor: FeatureExtractor,
                               rows: inout [UInt64: Int32]) -> [EncodedSentence] {
        zip(sentences, attributes).map { sentence, attributes in
            EncodedSentence(tags: sentence.tags, attributes: attributes, extractor: extractor) { feature in
                if let row = rows[feature] { return row }
                let row = Int32(rows.count)
                rows[feature] = row
                return row
            }
        }
    }

    /// Attributes of the training sentences, each fold's lexicon slots filled from the other folds' lexicon.
    private func attributesWithHeldOutLexicons(_ sentences: [LabeledSentence], foldRanges: [Range<Int>]) -> [[UInt64]] {
        var attributes = sentences.map { FeatureExtractor.lexiconFreeAttributes(of: $0.tokens) }
        for range in foldRanges {
            let others = sentences[..<range.lowerBound] + sentences[range.upperBound...]
            let extractor = FeatureExtractor(lexicon: Self.lexicon(of: others))
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
