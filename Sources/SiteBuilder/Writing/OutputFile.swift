/// One file of the built site: where it goes inside the output folder and its exact bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative to the output folder, "/"-separated; Arabic letters are welcome (written as UTF-8).
    public var path: String
    public var contents: [UInt8]
    /// What the file was made from (see `PageKeys`); recorded so the next build can skip an unchanged page.
    var renderKey: ContentHash?

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
