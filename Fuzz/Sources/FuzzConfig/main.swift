// `mujaz.yml`, read by `SiteConfigLoader.load` as the build's `loadConfig` step reads it (and once more with a
// `--base-url` option). The loader takes a path only, so each input is written to a scratch file (on tmpfs)
// first. A config it accepts keeps its numbers in their bounds and has an absolute http(s) base URL.
import FuzzSupport
@testable import SiteBuilder

let file = ScratchFile(name: "mujaz.yml")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    file.write(fuzzInput(start, count))
    for override in [nil, "https://example.org/news"] as [String?] {
        switch SiteConfigLoader.load(from: file.url, path: "mujaz.yml", baseURLOverride: override) {
        case .success(let config):
            require(SiteConfig.itemsPerPageRange.contains(config.itemsPerPage), "items_per_page \(config.itemsPerPage)")
            require(SiteConfig.summarySentencesRange.contains(config.summarySentences), "summary_sentences \(config.summarySentences)")
            require(config.baseURL.hasSuffix("/") && SiteConfigLoader.normalizedBaseURL(config.baseURL) == config.baseURL,
                    "base URL \(config.baseURL)")
            require(config.direction == "rtl" || config.direction == "ltr", "direction \(config.direction)")
        case .failure(let failure):
            require(!failure.diagnostics.isEmpty, "a failure without a diagnostic")
        }
    }
    return 0
}
