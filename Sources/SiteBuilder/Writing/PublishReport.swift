/// What one publish did to the output folder.
struct PublishReport: Sendable, Hashable {
    /// Files whose bytes were (re)written.
    var written: Int
    /// Files already on disk with the same bytes, left alone.
    var unchanged: Int
    /// Files of earlier builds that this build no longer produces, deleted.
    var removed: Int

    init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }

}

/// A publish as the build sees it: the report, and the signature of the output folder it left
/// (see `OutputWriter.intactOutputSignature`), which the build cache records.
struct Publication: Sendable {
    var report: PublishReport
    var outputSignature: ContentHash?
}
