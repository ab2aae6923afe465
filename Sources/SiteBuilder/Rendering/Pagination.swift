/// Splits a list of `total` items into pages of `size`; item indexes only, so no page is rendered twice.
struct Pagination: Sendable {
    let total: Int
    let size: Int

    /// At least one page, so an empty list still gets its first page.
    var count: Int { max(1, (total + size - 1) / size) }

    func items(on page: Int) -> Range<Int> {
        let start = (page - 1) * size
        return start..<min(total, start + size)
    }
}
