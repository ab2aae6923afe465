/// The ways a word's key is written behind و ف ب ل ك and their pairs (`وبرشلونة`, `للقاهرة`), for tables that
/// find known names in running text by the hash of each token's key.
enum CliticForms {
    static let prefixes = ["", "\u{0648}", "\u{0641}", "\u{0628}", "\u{0644}", "\u{0643}", "\u{0648}\u{0628}",
                           "\u{0648}\u{0644}", "\u{0641}\u{0628}", "\u{0641}\u{0644}", "\u{0648}\u{0643}"]

    /// The key itself first, then its forms behind clitics; لل elides the article's alef (`للقاهرة`, `وللقاهرة`).
    static func of(_ key: String) -> [String] {
        var forms = prefixes.map { $0 + key }
        if key.hasPrefix("\u{0627}\u{0644}") {
            forms += ["\u{0644}", "\u{0648}\u{0644}", "\u{0641}\u{0644}"].map { $0 + key.dropFirst() }
        }
        return forms
    }
}
