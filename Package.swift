// swift-tools-version: 6.0
import PackageDescription

// Strictness is set once for every target.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Mujaz",
    products: [
        .executable(name: "mujaz", targets: ["mujaz"]),
        // For the fuzz targets of Fuzz/, a package of their own that depends on this one by path.
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "Templating", targets: ["Templating"]),
        .library(name: "SiteBuilder", targets: ["SiteBuilder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Arabic normalization, matching key, tokens, sentences. Pure: Foundation only.
        .target(name: "ArabicText", swiftSettings: strict),
        // Entity tagger, gazetteer, canonical entities, summarizer.
        .target(
            name: "Enrichment",
            dependencies: ["ArabicText"],
            resources: [.copy("Resources/entity-tagger.bin"), .copy("Resources/word-frequencies.tsv")],
            swiftSettings: strict
        ),
        // Trains the entity tagger model committed in Enrichment's resources.
        .executableTarget(
            name: "mujaz-train",
            dependencies: ["Enrichment", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Mustache templates over a typed value tree. Pure: no dependencies, no Foundation.
        .target(name: "Templating", swiftSettings: strict),
        // Content loading and import, site model, rendering, writing.
        .target(
            name: "SiteBuilder",
            dependencies: [
                "ArabicText", "Enrichment", "CCmarkGFM", "Templating", "Yams",
            ],
            swiftSettings: strict
        ),
        // Preview server: static HTTP, file watching, live reload.
        .target(
            name: "DevServer",
            dependencies: [
                "SiteBuilder",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: strict
        ),
        // The command line: commands only.
        .executableTarget(
            name: "mujaz",
            dependencies: [
                "SiteBuilder", "Enrichment", "ArabicText", "DevServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        // The fixture is read from the source tree (#filePath), so it is no resource of the test bundle.
        .testTarget(name: "EnrichmentTests", dependencies: ["Enrichment", "ArabicText"], exclude: ["EntitiesFixtures"]),
        // Golden pages, raw-text fixtures and search fold vectors are read from the source tree (#filePath), so they are
        // no resource of the test bundle.
        .testTarget(name: "SiteBuilderTests", dependencies: ["SiteBuilder", "Enrichment"],
                    exclude: ["GoldenPages", "Import/RawShapes", "Search/fold-vectors.json"]),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"], exclude: ["MustacheSpec"]),
        .testTarget(name: "mujazTests", dependencies: ["mujaz", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(
            name: "DevServerTests",
            dependencies: ["DevServer", "SiteBuilder", .product(name: "FlyingSocks", package: "FlyingFox")]
        ),
    ]
)
