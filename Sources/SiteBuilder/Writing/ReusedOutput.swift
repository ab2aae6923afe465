import ArabicText
/// Files of the last build that this build keeps as they are, because their render keys did not change,
/// with the manifest they were checked against (so the writer does not read it twice).
struct ReusedOutput: Sendable {
    var manifest: OutputManifest?
    /// The file `manifest` was read from, so that marking it interrupted needs no encoding of its entries.
    var manifestFile: [UInt8]?
    /// Path → the manifest entry of a file left as it is, unless the publish is given a new version of it.
    var entries: [ByteKey: OutputManifest.Entry] = [:]
}
