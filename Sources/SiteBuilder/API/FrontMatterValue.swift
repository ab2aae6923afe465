/// A YAML value kept as written, for front-matter and config keys Mujaz does not interpret itself.
public enum FrontMatterValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([FrontMatterValue])
    case map([String: FrontMatterValue])
}
