/// The rules that keep every output path inside the output folder, checked before anything is written.
enum OutputPathRules {
    /// Prefix of the writer's temporary files; a build cleans leftovers of a killed build by this name.
    static let temporaryPrefix = ".mujaz-tmp-"
    /// Longest file or folder name Linux and macOS accept, in bytes.
    static let longestSegment = 255

    /// Why `path` may not be written, or nil when it is a safe relative path.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the path contains a NUL or control character"
        }
        if path.utf8.contains(UInt8(ascii: "\\")) { return "the path contains a backslash" }
        if path.hasPrefix("/") { return "the path is absolute" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for segment in segments {
            if segment.isEmpty { return "the path has an empty segment" }
            if segment.allSatisfy({ $0 == "." }) { return "the path has a dot-only segment '\(segment)'" }
            if segment.utf8.count > longestSegment { return "a segment is longer than \(longestSegment) bytes" }
        }
        if segments.last?.hasPrefix(temporaryPrefix) == true {
            return "the name starts with \(temporaryPrefix), reserved for the writer's temporary files"
        }
        return nil
    }

    /// The folders above `path`, outermost first: "a/b/c.html" → ["a", "a/b"].
    static func folders(of path: String) -> [Substring] {
        var folders: [Substring] = []
        // By bytes: "/" is ASCII, so it always ends a scalar, and a search by Character is several times slower.
        var index = path.startIndex
        while let slash = path.utf8[index...].firstIndex(of: UInt8(ascii: "/")) {
            folders.append(path[..<slash])
            index = path.utf8.index(after: slash)
        }
        return folders
    }

    /// A path as it can safely appear in a message: control characters spelled out.
    static func printable(_ path: String) -> String {
        path.unicodeScalars.map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F
                ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
    }
}
