import Yams

extension FrontMatterValue {
    /// Keeps a YAML value as written: scalars stay text (booleans become flags), lists and maps nest.
    init(node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, let flag = node.bool {
                self = .flag(flag)
            } else {
                self = .text(scalar.string)
            }
        case .sequence(let sequence):
            self = .list(sequence.map(FrontMatterValue.init(node:)))
        case .mapping(let mapping):
            var entries: [String: FrontMatterValue] = [:]
            for (key, value) in mapping { entries[key.string ?? ""] = FrontMatterValue(node: value) }
            self = .map(entries)
        case .alias:
            self = .text("")
        }
    }
}
