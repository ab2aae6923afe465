/// What the last successful build left in `SITE/.mujaz/build-record`: the fingerprint of its inputs, the
/// signature of the output it wrote, its counts, and the hashed inputs (reused while their status is unchanged).
struct BuildRecord: Sendable, Hashable {
    static let fileName = "build-record"
    private static let signature = "mujaz-build-record 3"

    var fingerprint: ContentHash
    var outputSignature: ContentHash
    var articles: Int
    var entityPages: Int
    var pages: Int
    /// The hash of the site outline this build saved (see `SiteOutline`); nil when it saved none.
    var outline: ContentHash?
    var inputs: [String: InputFile]

    static func load(from file: String) -> BuildRecord? {
        guard var reader = ByteReader(file: file, signature: signature), let fingerprint = reader.readUInt64(), let outputSignature = reader.readUInt64(),
              let articles = reader.readInt(), let entityPages = reader.readInt(), let pages = reader.readInt(),
              let outline = reader.readUInt64(), let count = reader.readCount()
        else { return nil }
        var inputs: [String: InputFile] = [:]
        inputs.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = reader.readString(), let hash = reader.readUInt64(), let size = reader.readInt(),
                  let modified = reader.readInt(), let changed = reader.readInt(), let inode = reader.readUInt64()
            else { return nil }
            let signature = InputFile.Signature(size: size, modified: Int64(modified), changed: Int64(changed), inode: inode)
            inputs[path] = InputFile(signature: signature, hash: ContentHash(value: hash))
        }
        guard reader.isAtEnd else { return nil }
        return BuildRecord(fingerprint: ContentHash(value: fingerprint), outputSignature: ContentHash(value: outputSignature),
                           articles: articles, entityPages: entityPages, pages: pages,
                           outline: outline == 0 ? nil : ContentHash(value: outline), inputs: inputs)
    }

    func save(to file: String) throws(Diagnostic) {
        var writer = ByteWriter(signature: Self.signature)
        writer.write(fingerprint.value)
        writer.write(outputSignature.value)
        writer.write(articles)
        writer.write(entityPages)
        writer.write(pages)
        writer.write(outline?.value ?? 0)
        writer.write(inputs.count)
        // In dictionary order: only Mujaz reads the file back.
        for (path, input) in inputs {
            writer.write(path)
            writer.write(input.hash.value)
            writer.write(input.signature.size)
            writer.write(Int(input.signature.modified))
            writer.write(Int(input.signature.changed))
            writer.write(input.signature.inode)
        }
        try writer.save(to: file)
    }
}
