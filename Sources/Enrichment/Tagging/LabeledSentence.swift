/// A training or tuning sentence: tokens with their gold IOB2 tags.
public struct LabeledSentence: Sendable {
    public let tokens: [String]
    /// IOB2 labels (`EntityTagSet`).
    let tags: [Int]
    /// Which training file the sentence comes from: 0 is text like the text Mujaz tags (see `FeatureRows`).
    public var source = 0

    public enum LabelError: Error, Sendable, CustomStringConvertible {
        case badLabel(path: String, line: Int, label: String?)

        public var description: String {
            switch self {
            case .badLabel(let path, let line, let label):
                "\(path):\(line): expected one of \(EntityTagSet.iob2Names.joined(separator: " ")) after a TAB, found "
                    + (label.map { "'\($0)'" } ?? "no tag")
            }
        }
    }

    /// The sentences of a labeled column file; every token line must end in a known tag.
    public static func sentences(in file: ColumnFile, path: String) throws -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        var lines: [Int] = []
        func endSentence() throws {
            guard !tokens.isEmpty else { return }
            switch EntityTagSet.labels(fromIOB2: tags) {
            case .success(let labels):
                sentences.append(LabeledSentence(tokens: tokens, tags: labels))
            case .failure(let unknown):
                throw LabelError.badLabel(path: path, line: lines[unknown.position], label: tags[unknown.position])
            }
            tokens = []
            tags = []
            lines = []
        }
        for (offset, row) in file.rows.enumerated() {
            switch row {
            case .token(let token, let label):
                guard let label else { throw LabelError.badLabel(path: path, line: offset + 1, label: nil) }
                tokens.append(token)
                tags.append(label)
                lines.append(offset + 1)
            case .sentenceBreak:
                try endSentence()
            }
        }
        try endSentence()
        return sentences
    }
}
