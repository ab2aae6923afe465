import Foundation

/// What tagging learns about words as it goes (their attributes and word scores), kept from one
/// call to the next: articles share most of their words, so later calls find them ready.
struct TaggerScratch {
    var attributes: TokenAttributeCache
    var wordScores: WordScores

    init(model: TaggerModel) {
        attributes = TokenAttributeCache(extractor: model.extractor)
        wordScores = WordScores(table: model.scorer.table)
    }
}

/// Scratch states lent to one call at a time, so that concurrent calls never share one and need no lock
/// while they tag; at most as many exist as calls ever ran at once.
final class TaggerScratchPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [TaggerScratch] = []

    func withScratch<Result>(for model: TaggerModel, _ body: (inout TaggerScratch) -> Result) -> Result {
        var scratch = lock.withLock { idle.popLast() } ?? TaggerScratch(model: model)
        let result = body(&scratch)
        lock.withLock { idle.append(scratch) }
        return result
    }
}
