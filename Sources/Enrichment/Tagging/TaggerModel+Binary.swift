import Foundation

/// The model file: a magic word and format number, the version, the lexicon, the name lists, then each pass's scores,
/// feature keys and quantized weights. Little-endian throughout.
extension TaggerModel {
    private static let magic: UInt32 = 0x544A_5A4D  // "MZJT"
    private static let format: UInt32 = 6

    func serialized() -> [UInt8] {
        var writer = ModelFileWriter()
        writer.append(Self.magic)
        writer.append(Self.format)
        writer.append(version)
        writer.append(UInt32(EntityTagSet.count))
        writer.append(UInt32(documentSize))
        writer.append(contentsOf: lexicon.keys)
        writer.append(contentsOf: lexicon.codes)
        writer.append(contentsOf: nameWords.keys)
        writer.append(contentsOf: nameWords.lists)
        for stage in [sentencePass, documentPass] {
            writer.append(contentsOf: stage.starts)
            writer.append(contentsOf: stage.transitions)
            writer.append(stage.weightScale)
            writer.append(stage.outsideBias)
            writer.append(contentsOf: stage.featureKeys)
            writer.append(contentsOf: stage.weights)
        }
        return writer.bytes
    }

    /// - Parameter path: named in errors only.
    init(serialized bytes: [UInt8], path: String) throws(TaggerModelError) {
        var reader = ModelFileReader(bytes: bytes)
        func corrupt(_ reason: String) -> TaggerModelError { .corrupt(path: path, reason: reason) }
        do {
            guard try reader.read(UInt32.self, "magic") == Self.magic else { throw corrupt("wrong magic number") }
            let format = try reader.read(UInt32.self, "format")
            guard format == Self.format else { throw corrupt("unknown format \(format)") }
            let version = try reader.readString("version")
            guard try reader.read(UInt32.self, "tag count") == EntityTagSet.count else { throw corrupt("wrong tag set") }
            let documentSize = Int(try reader.read(UInt32.self, "document size"))
            let lexiconKeys = try reader.readArray(of: UInt64.self, "lexicon keys")
            let lexiconCodes = try reader.readArray(of: UInt16.self, "lexicon codes")
            guard lexiconKeys.count == lexiconCodes.count else { throw corrupt("lexicon sizes differ") }
            let nameKeys = try reader.readArray(of: UInt64.self, "name-list keys")
            let nameLists = try reader.readArray(of: UInt8.self, "name lists")
            guard nameKeys.count == nameLists.count else { throw corrupt("name-list sizes differ") }
            let sentencePass = try Self.readStage(&reader, corrupt)
            let documentPass = try Self.readStage(&reader, corrupt)
            guard reader.isAtEnd else { throw corrupt("unexpected bytes after the last table") }
            self.init(version: version, lexicon: TagLexicon(keys: lexiconKeys, codes: lexiconCodes),
                      nameWords: NameWords(keys: nameKeys, lists: nameLists), sentencePass: sentencePass, documentPass: documentPass, documentSize: documentSize)
        } catch let error as TaggerModelError {
            throw error
        } catch let truncated as ModelFileReader.Truncated {
            throw corrupt("file ends inside \(truncated.field)")
        } catch {
            throw corrupt("\(error)")
        }
    }

    private static func readStage(_ reader: inout ModelFileReader,
                                  _ corrupt: (String) -> TaggerModelError) throws -> LinearStage {
        let tags = EntityTagSet.count
        let starts = try reader.readArray(of: Float.self, "start scores")
        let transitions = try reader.readArray(of: Float.self, "transition scores")
        let scale = try reader.readFloat("weight scale")
        let outsideBias = try reader.readFloat("outside bias")
        let keys = try reader.readArray(of: UInt64.self, "feature keys")
        let weights = try reader.readArray(of: Int16.self, "weights")
        guard starts.count == tags, transitions.count == tags * tags, weights.count == keys.count * tags, scale.isFinite,
              outsideBias.isFinite
        else { throw corrupt("inconsistent table sizes") }
        return LinearStage(featureKeys: keys, weights: weights, weightScale: scale, transitions: transitions,
                           starts: starts, outsideBias: outsideBias)
    }
}

extension TaggerModel {
    /// This model without its weakest features (those that move scores least, in both passes), so that its file
    /// takes at most `byteLimit` bytes. Most features were seen a few times in training and carry small weights;
    /// dropping them costs little accuracy and keeps the file small enough to ship.
    func pruned(toBytes byteLimit: Int) -> TaggerModel {
        let bytesPerFeature = MemoryLayout<UInt64>.size + EntityTagSet.count * MemoryLayout<Int16>.size
        let featureCount = sentencePass.featureKeys.count + documentPass.featureKeys.count
        let fixedBytes = serialized().count - featureCount * bytesPerFeature
        let allowed = max(0, (byteLimit - fixedBytes) / bytesPerFeature)
        guard allowed < featureCount else { return self }
        // Strongest first; equal strengths in pass and feature order, so the result does not depend on sorting.
        let strengths = [sentencePass.featureStrengths, documentPass.featureStrengths]
        let ranked = strengths.indices.flatMap { pass in strengths[pass].indices.map { (pass, $0) } }
            .sorted { lhs, rhs in
                let (left, right) = (strengths[lhs.0][lhs.1], strengths[rhs.0][rhs.1])
                return left != right ? left > right : lhs < rhs
            }
        var keeps = [Set<Int>(), Set<Int>()]
        for (pass, feature) in ranked.prefix(allowed) { keeps[pass].insert(feature) }
        return TaggerModel(version: version, lexicon: lexicon, nameWords: nameWords,
                           sentencePass: sentencePass.keeping { keeps[0].contains($0) },
                           documentPass: documentPass.keeping { keeps[1].contains($0) }, documentSize: documentSize)
    }
}

extension EntityTagger {
    /// The model file of this tagger cut to at most `byteLimit` bytes (see `TaggerModel.pruned(toBytes:)`).
    public func prunedModelFile(toBytes byteLimit: Int) -> [UInt8] {
        model.pruned(toBytes: byteLimit).serialized()
    }
}
