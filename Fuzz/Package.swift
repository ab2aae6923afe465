// swift-tools-version: 6.0
import PackageDescription

// Fuzz targets for Mujaz's parsers, one executable each, built with libFuzzer (docs/fuzzing.md):
//
//     swift build -c release --sanitize=fuzzer -Xswiftc -enable-testing -Xswiftc -parse-as-library
//
// A package of its own, so that the main package's `swift build` and `swift test` never see these targets.
// `-enable-testing` lets the targets call the build's internal entry points (`@testable import`).
let package = Package(
    name: "MujazFuzz",
    // Named, so that the products below can name it whatever the clone's folder is called.
    dependencies: [.package(name: "Mujaz", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport", site]),
        .executableTarget(name: "FuzzRawImport", dependencies: ["FuzzSupport", site]),
        .executableTarget(name: "FuzzSentences", dependencies: ["FuzzSupport", site, arabicText]),
        .executableTarget(name: "FuzzTemplate", dependencies: ["FuzzSupport", site, templating]),
        .executableTarget(name: "FuzzAliasFile", dependencies: ["FuzzSupport", site]),
        .executableTarget(name: "FuzzConfig", dependencies: ["FuzzSupport", site]),
    ]
)

var site: Target.Dependency { .product(name: "SiteBuilder", package: "Mujaz") }
var arabicText: Target.Dependency { .product(name: "ArabicText", package: "Mujaz") }
var templating: Target.Dependency { .product(name: "Templating", package: "Mujaz") }
