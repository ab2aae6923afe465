import Foundation

/// Tags tokenized Arabic sentences with IOB2 named-entity tags (`B-PERS I-PERS B-LOC I-LOC B-ORG I-ORG
/// B-MISC I-MISC O`) using the model that ships with Mujaz (trained on ANERcorp news and Arabic Wikipedia, `docs/nlp.md`).
public struct EntityTagger: Sendable {
    /// Names the model in front matter and cache keys; a model file must carry the same version to load.
    public static var modelVersion: String { "news-wiki-2026.12.06a" }
    public static let modelFileName = "entity-tagger.bin"

    let model: TaggerModel

    init(model: TaggerModel) {
        self.model = model
    }

    /// The model file shipped in Mujaz's resources, loaded once per process.
    public static func bundled() throws -> EntityTagger {
        try bundledModel.get()
    }

    private static let bundledModel = Result { () throws(TaggerModelError) -> EntityTagger in
        let searched = ModelLocator.candidatePaths(fileName: modelFileName, overriddenBy: "MUJAZ_TAGGER_MODEL")
        guard let path = searched.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw TaggerModelError.missing(file: modelFileName, searched: searched)
        }
        return try EntityTagger(contentsOf: path)
    }

    /// Loads a model file written by `mujaz-train`.
    public init(contentsOf path: String) throws(TaggerModelError) {
        try self.init(anyVersionAt: path)
        guard model.version == Self.modelVersion else {
            throw .wrongVersion(path: path, found: model.version, expected: Self.modelVersion)
        }
    }

    /// Loads a model file whatever version it names (for tools that rework model files).
    public init(anyVersionAt path: String) throws(TaggerModelError) {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        self.init(model: try TaggerModel(serialized: bytes, path: path))
    }

    /// One IOB2 tag per token of one sentence.
    public func tag(_ tokens: [String]) -> [String] {
        tagDocument([tokens])[0]
    }
}

extension EntityTagger {
    /// Tags the sentences of one document (an article): a name tagged in one sentence informs the others.
    public func tagDocument<Word: StringProtocol>(_ sentences: [[Word]]) -> [[String]] {
        model.tagDocument(sentences).map { $0.map { EntityTagSet.iob2Name(of: $0) } }
    }

    /// The same tags with the model's margin for each, which measures its confidence.
    public func scoredDocument<Word: StringProtocol>(_ sentences: [[Word]]) -> [[ScoredTag]] {
        model.scoredDocument(sentences)
    }
}
