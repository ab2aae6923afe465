/// Why the tagger model or another resource of the entity rules could not be loaded.
public enum TaggerModelError: Error, Sendable, CustomStringConvertible {
    case missing(file: String, searched: [String])
    case unreadable(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case malformedLine(path: String, line: Int, reason: String)
    case wrongVersion(path: String, found: String, expected: String)

    public var description: String {
        switch self {
        case .missing(let file, let searched):
            "\(file), a resource of the entity tagger, was not found; looked in: "
                + searched.joined(separator: ", ")
        case .unreadable(let path, let reason):
            "\(path): cannot read the entity tagger model: \(reason)"
        case .corrupt(let path, let reason):
            "\(path): not a valid entity tagger model: \(reason)"
        case .malformedLine(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .wrongVersion(let path, let found, let expected):
            "\(path): entity tagger model is version \(found), this mujaz expects \(expected); retrain it"
        }
    }
}
