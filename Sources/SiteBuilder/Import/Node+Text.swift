import Yams

extension Node {
    /// A string node for writing. Tagged `str` up front: the output is the same (the emitter leaves
    /// the tag implicit), but Yams no longer tries its regular expressions on every value to guess a
    /// tag that is never written, which was most of the cost of writing front matter. The emitter
    /// writes a text plain whenever YAML's syntax allows, so a text that plain would read back as null
    /// (a title `null`, an empty summary) is quoted: the file then reads back as the text it was written from.
    static func text(_ string: String) -> Node {
        Node(string, writingTag(.str), nullSpellings.contains(string) ? .singleQuoted : .any)
    }

    /// What Yams reads as null when written plain.
    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// A mapping node for writing, its pairs in the order given.
    static func mapping(_ pairs: [(Node, Node)]) -> Node {
        .mapping(Node.Mapping(writing: pairs))
    }

    /// A sequence node for writing.
    static func sequence(_ nodes: [Node]) -> Node {
        .sequence(Node.Sequence(nodes, writingTag(.implicit)))
    }

    /// A tag with Yams's default resolver and one shared constructor: a tag made with the default constructor
    /// builds a new one, with all its tables, every time (1.5 % of an import). Writing never uses the
    /// constructor, and it is never changed after it is made, so sharing it across threads is safe.
    fileprivate static func writingTag(_ name: Tag.Name) -> Tag {
        Tag(name, .default, sharedConstructor)
    }

    nonisolated(unsafe) private static let sharedConstructor = Constructor.default
}

extension Node.Mapping {
    /// A mapping for writing, its pairs in the order given.
    init(writing pairs: [(Node, Node)]) {
        self.init(pairs, Node.writingTag(.implicit))
    }
}
