import Testing
@testable import Enrichment

/// The run-time scorer sums word scores once per distinct word and looks each feature up once for both
/// passes; it must give exactly the sums of the plain feature list that training learns from.
@Suite struct TaggingScoringTests {
    private static let sentences = [
        ["وقال", "الرئيس", "الأمريكي", "جورج", "بوش", "في", "واشنطن", "إن", "إسرائيل", "ستنسحب", "."],
        ["وزارة", "الخارجية", "المصرية", "و", "حركة", "حماس", "في", "القاهرة"],
        ["بوش"],
        ["وقال", "بوش", "إن", "حماس", "في", "غزة"],
    ]

    /// Sums of every pass's weights over the features `FeatureExtractor.features` lists, read from the
    /// passes' own key and weight arrays.
    private static func plainSums(_ model: TaggerModel, attributes: [UInt64], count: Int) -> [Int32] {
        let tags = EntityTagSet.count
        let passes = [model.sentencePass, model.documentPass]
        let rows = passes.map { pass in
            Dictionary(uniqueKeysWithValues: pass.featureKeys.enumerated().map { ($1, $0) })
        }
        var sums = [Int32](repeating: 0, count: count * tags * passes.count)
        for position in 0..<count {
            var features: [UInt64] = []
            model.extractor.features(of: attributes, count: count, at: position, into: &features)
            for feature in features {
                for (number, pass) in passes.enumerated() {
                    guard let row = rows[number][feature] else { continue }
                    for tag in 0..<tags {
                        sums[(position * passes.count + number) * tags + tag] += Int32(pass.weights[row * tags + tag])
                    }
                }
            }
        }
        return sums
    }

    @Test func scorerSumsEqualThePlainFeatureSums() throws {
        let model = try EntityTagger.bundled().model
        var wordScores = WordScores(table: model.scorer.table)
        var attributes = Self.sentences.map { model.extractor.attributes(of: $0) }
        // Made-up first-pass tags, so that the document slots (read by the second pass) are not all empty.
        var taggedFirstPass = Self.sentences.map { $0.map { _ in EntityTagSet.outside } }
        taggedFirstPass[3][1] = 1
        taggedFirstPass[1][5] = 5
        let evidence = DocumentEvidence(attributes: attributes[...], firstPass: taggedFirstPass[...])
        for index in attributes.indices {
            evidence.fill(&attributes[index], firstPass: taggedFirstPass[index])
            let count = Self.sentences[index].count
            var sums = model.scorer.scores(attributes: attributes[index], count: count, wordScores: &wordScores)
            model.scorer.addDocumentScores(attributes: attributes[index], count: count, to: &sums)
            #expect(sums == Self.plainSums(model, attributes: attributes[index], count: count), "sentence \(index)")
        }
    }

    @Test func weightTableAddsKnownRowsAndSkipsUnknownFeatures() {
        let tags = EntityTagSet.count
        let first = LinearStage(featureKeys: [11, 22], weights: (0..<(2 * tags)).map { Int16($0) }, weightScale: 1,
                                transitions: Array(repeating: 0, count: tags * tags),
                                starts: Array(repeating: 0, count: tags), outsideBias: 0)
        let second = LinearStage(featureKeys: [22, 33], weights: Array(repeating: -1, count: 2 * tags),
                                 weightScale: 1, transitions: first.transitions, starts: first.starts, outsideBias: 0)
        let table = WeightTable(passes: [first, second])
        #expect(table.width == 2 * tags)
        var sums = [Int32](repeating: 0, count: table.width)
        sums.withUnsafeMutableBufferPointer { table.add([22, 44, 11, 33], ends: [4], to: $0.baseAddress!) }
        let firstPass = (0..<tags).map { Int32($0) + Int32(tags + $0) }
        #expect(Array(sums[..<tags]) == firstPass)
        #expect(Array(sums[tags...]) == Array(repeating: -2, count: tags))
    }
}

/// The hash index numbers keys in the order they first came, also past the capacity it was made for.
@Suite struct HashIndexTests {
    @Test func keepsPositionsWhileGrowing() {
        var index = HashIndex(capacity: 4)
        let keys = (1...1_000).map { FeatureHash.of("كلمة\($0)") }
        #expect(keys.map { index.insert($0) } == Array(0..<1_000))
        #expect(index.count == 1_000)
        #expect(keys.reversed().map { index.insert($0) } == Array((0..<1_000).reversed()), "known keys keep their position")
        #expect(keys.map { index.position(of: $0) } == Array(0..<1_000))
        #expect(index.position(of: FeatureHash.of("غائب")) == nil)
        #expect(index.position(of: FeatureHash.none) == nil, "the empty-slot mark is no key")
    }

    @Test func hashesASubstringAsItsString() {
        let text = "قال الرئيس"
        #expect(FeatureHash.of(text.split(separator: " ")[1]) == FeatureHash.of("الرئيس"))
    }

    @Test func hashesTwoTextsAsTheirJoin() {
        for (first, second) in [("ا", "لرئيس"), ("", "وزارة"), ("قناة ", "CNN"), ("", "")] {
            #expect(FeatureHash.of(first, second) == FeatureHash.of(first + second), "\(first)|\(second)")
        }
    }
}
