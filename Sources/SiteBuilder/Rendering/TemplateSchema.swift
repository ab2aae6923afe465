/// What a page model gives a template, so templates can be checked before anything renders.
indirect enum TemplateSchema: Sendable, Equatable {
    /// Text, escaped by `{{name}}`.
    case text
    /// Text that never holds `<>&"'` (links, ISO dates): `{{name}}` and `{{{name}}}` give the same output,
    /// and `{{{name}}}` skips the escaping scan.
    case safeText
    /// Ready HTML, meant for `{{{name}}}`.
    case html
    /// A yes/no, for `{{#name}}` and `{{^name}}`.
    case flag
    /// Keys chosen by the site's authors (front matter, config); anything below is allowed.
    case open
    case object([String: TemplateSchema])
    case list(TemplateSchema)
}
