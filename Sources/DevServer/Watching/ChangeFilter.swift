/// Decides which changed paths are worth a rebuild: editors' swap, backup, lock and probe files are not.
enum ChangeFilter {
    static func isRelevant(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let name = components.last else { return false }
        // Anything inside a hidden folder (.git, .mujaz) or itself hidden (.swp, .#lock, .DS_Store).
        if components.contains(where: { $0.hasPrefix(".") }) { return false }
        if name.hasSuffix("~") { return false }                                 // vim, emacs, gedit backups
        if name.hasPrefix("#"), name.hasSuffix("#") { return false }            // emacs auto-save
        if name == "4913" { return false }                                      // vim's can-I-write probe
        let lowered = name.lowercased()
        return ![".swp", ".swx", ".swo", ".tmp", ".bak", ".orig", ".crdownload", ".part"]
            .contains { lowered.hasSuffix($0) }
    }

    static func relevant(_ paths: Set<String>) -> Set<String> {
        paths.filter(isRelevant)
    }
}
