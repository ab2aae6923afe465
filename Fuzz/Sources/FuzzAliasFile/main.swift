// The alias file, `Content/entities.yml`, read by `EntityAliasFile.load` as the build's `loadEntityAliases` step
// reads it. The loader takes a path only, so each input is written to a scratch file (on tmpfs) first. What it
// loads must answer for every form it lists: each entry's name and aliases resolve to an entry or a ban.
import Enrichment
import FuzzSupport
@testable import SiteBuilder

let file = ScratchFile(name: "entities.yml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAliasFile(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    file.write(fuzzInput(start, count))
    switch EntityAliasFile.load(from: file.url, path: EntityAliasFile.relativePath) {
    case .success(let aliases):
        for entry in aliases.entries {
            for written in [entry.name] + entry.aliases {
                for type in EntityType.allCases where entry.type == nil || entry.type == type {
                    require(aliases.resolve(written, as: type) != nil, "'\(written)' listed but not resolved as \(type)")
                }
            }
        }
        for ban in aliases.bans {
            require(aliases.resolve(ban.name, as: ban.type ?? .person) == .banned, "ban of '\(ban.name)' not applied")
        }
    case .failure(let failure):
        require(!failure.diagnostics.isEmpty, "a failure without a diagnostic")
    }
    return 0
}
