/// The data a template reads.
public enum TemplateValue: Sendable, Equatable {
    /// `{{x}}` writes it HTML-escaped, `{{{x}}}` and `{{&x}}` as it is.
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case map([String: TemplateValue])
}
