import Yams

extension Node {
    /// A string node for writing. Tagged `str` up front: the output is the same (the emitter leaves
    /// the tag implicit), but Yams no longer tries its regular expressions on every value to guess a
    /// tag that is never written, which was most of the cost of writing front matter.
    static func text(_ string: String) -> Node {
        Node(string, Tag(.str))
    }
}
