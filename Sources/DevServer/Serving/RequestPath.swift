import Foundation

/// A request target's path, checked and decoded before it may touch the disk.
///
/// The raw, still percent-encoded path is split on `/` first and each segment decoded afterwards, so an encoded
/// slash (`%2F`) can never become a separator and an encoded dot segment (`%2e%2e`) is caught like a plain `..`.
struct RequestPath: Equatable, Sendable {
    /// Decoded segments, none empty, none `.` or `..`, none holding a slash, backslash or NUL.
    var segments: [String]
    /// The path ended in `/`: the client asks for a folder's index page.
    var namesFolder: Bool

    enum Refusal: Error, Equatable {
        case notAbsolute
        case emptySegment
        case undecodable
        case dotSegment
        case forbiddenCharacter
    }

    init(segments: [String], namesFolder: Bool) {
        self.segments = segments
        self.namesFolder = namesFolder
    }

    init(percentEncoded raw: String) throws(Refusal) {
        guard raw.hasPrefix("/") else { throw .notAbsolute }
        var rawSegments = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        namesFolder = rawSegments.last?.isEmpty ?? true
        if namesFolder { rawSegments.removeLast() }
        segments = try rawSegments.map { rawSegment throws(Refusal) in
            // "//etc/passwd" would otherwise name the root of the file system on some hosts.
            guard !rawSegment.isEmpty else { throw .emptySegment }
            guard let segment = String(rawSegment).removingPercentEncoding else { throw .undecodable }
            guard segment != ".", segment != ".." else { throw .dotSegment }
            guard !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else {
                throw .forbiddenCharacter
            }
            return segment
        }
    }
}
