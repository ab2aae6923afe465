import Foundation

extension SummaryWeights {
    /// The standard weights with some replaced, written `name=value,name=value`
    /// (`position=1,recurrence=0.5`); nil when a name is unknown or a value is not a number.
    public init?(overrides: String) {
        self = .standard
        for assignment in overrides.split(separator: ",") {
            let parts = assignment.split(separator: "=", maxSplits: 1)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let keyPath = Self.adjustable(named: parts[0]),
                  let value = Double(parts[1]), value.isFinite else { return nil }
            self[keyPath: keyPath] = value
        }
    }

    /// The weights a fitting script may set by name.
    private static func adjustable(named name: String) -> WritableKeyPath<SummaryWeights, Double>? {
        switch name {
        case "position": \.position
        case "recurrence": \.recurrence
        case "recurrenceDecay": \.recurrenceDecay
        case "centrality": \.centrality
        case "length": \.length
        case "titleOverlap": \.titleOverlap
        case "entityDensity": \.entityDensity
        case "redundancy": \.redundancy
        case "duplicateSimilarity": \.duplicateSimilarity
        default: nil
        }
    }
}
