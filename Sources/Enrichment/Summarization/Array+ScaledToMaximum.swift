extension Array where Element == Double {
    /// Each value divided by the largest, so signals of different scales weigh as their weights say.
    func scaledToMaximum() -> [Double] {
        guard let largest = self.max(), largest > 0 else { return map { _ in 0 } }
        return map { $0 / largest }
    }
}
