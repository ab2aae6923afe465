import Testing
@testable import Enrichment

/// Feature rows per training source: what ships is the shared row plus source 0's own.
@Suite struct TaggingFeatureRowsTests {
    @Test func oneSourceGivesOneRowPerFeature() {
        var rows = FeatureRows(sources: 1)
        var found: [Int32] = []
        rows.rows(of: 7, source: 0, into: &found)
        rows.rows(of: 9, source: 0, into: &found)
        rows.rows(of: 7, source: 0, into: &found)
        #expect(found == [0, 1, 0])
        #expect(rows.count == 2)
    }

    @Test func eachSourceHasItsOwnCopyAndSourceZerosIsFoldedIntoTheShippedWeights() {
        var rows = FeatureRows(sources: 2)
        var found: [Int32] = []
        rows.rows(of: 7, source: 0, into: &found)  // shared 0, source 0: 1
        rows.rows(of: 7, source: 1, into: &found)  // shared 0, source 1: 2
        rows.rows(of: 9, source: 1, into: &found)  // shared 3, source 1: 4
        #expect(found == [0, 1, 0, 2, 3, 4])
        var target: [Int32] = []
        rows.targetRows(of: 7, into: &target)
        rows.targetRows(of: 9, into: &target)
        rows.targetRows(of: 11, into: &target)
        #expect(target == [0, 1, 3], "text to tag reads the shared rows and source 0's, nothing for unseen features")

        let tags = EntityTagSet.count
        // Row r holds the weight r + 1 for every tag.
        let emission = (0..<rows.count).flatMap { row in [Float](repeating: Float(row + 1), count: tags) }
        let trained = PerceptronWeights.Snapshot(emission: emission, transitions: [], starts: [])
        let shipped = rows.folded(trained)
        #expect(shipped.keys == [7, 9])
        #expect(shipped.weights.emission == [Float](repeating: 1 + 2, count: tags) + [Float](repeating: 4, count: tags),
                "feature 7: shared + source 0; feature 9: shared only (source 1's copies never ship)")
    }
}
