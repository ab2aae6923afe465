/// TextRank centrality (Mihalcea & Tarau, 2004): PageRank over the graph whose edges are
/// sentence similarities. A sentence is central when sentences like many others resemble it.
enum TextRank {
    static let damping = 0.85
    static let iterations = 30

    static func scores(similarity: [[Double]]) -> [Double] {
        let count = similarity.count
        guard count > 0 else { return [] }
        let outgoing = similarity.map { row in row.reduce(0, +) }
        var ranks = Array(repeating: 1.0 / Double(count), count: count)
        for _ in 0..<iterations {
            ranks = (0..<count).map { target in
                var incoming = 0.0
                for source in 0..<count where outgoing[source] > 0 {
                    incoming += similarity[source][target] / outgoing[source] * ranks[source]
                }
                return (1 - damping) / Double(count) + damping * incoming
            }
        }
        return ranks
    }
}
