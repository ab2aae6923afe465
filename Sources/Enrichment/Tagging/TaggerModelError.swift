/// Why a tagger model could not be loaded.
public enum TaggerModelError: Error, Sendable, CustomStringConvertible {
    case missing(searched: [String])
    case unreadable(path: String, reason: String)
    case corrupt(path: String, reason: String)
    case wrongVersion(path: String, found: String, expected: String)

    public var description: String {
        switch self {
        case .missing(let searched):
            "the entity tagger model \(EntityTagger.modelFileName) was not found; looked in: "
                + searched.joined(separator: ", ")
        case .unreadable(let path, let reason):
            "\(path): cannot read the entity tagger model: \(reason)"
        case .corrupt(let path, let reason):
            "\(path): not a valid entity tagger model: \(reason)"
        case .wrongVersion(let path, let found, let expected):
            "\(path): entity tagger model is version \(found), this mujaz expects \(expected); retrain it"
        }
    }
}
