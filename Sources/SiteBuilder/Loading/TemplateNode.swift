/// The structure of a Mustache template as far as validation needs it: which names it reads, where.
indirect enum TemplateNode: Sendable, Equatable {
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (unescaped).
    case variable(name: String, escaped: Bool, line: Int)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(name: String, inverted: Bool, children: [TemplateNode], line: Int)
    /// `{{>name}}`.
    case partial(name: String, line: Int)
    /// `{{<name}}…{{/name}}`: the blocks inside override the parent's.
    case parent(name: String, children: [TemplateNode], line: Int)
    /// `{{$name}}…{{/name}}`.
    case block(name: String, children: [TemplateNode], line: Int)
}
