// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Glean",
    products: [
        .executable(name: "glean", targets: ["glean"]),
        .library(name: "GleanCore", targets: ["GleanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/pointfreeco/swift-custom-dump", from: "1.7.0"),
        .package(url: "https://github.com/pointfreeco/xctest-dynamic-overlay", from: "1.13.0"),
    ],
    targets: [
        .target(
            name: "GleanResources",
            path: "Resources",
            exclude: ["README.md"],
            sources: ["BundledResources.swift"],
            resources: [.copy("sample"), .copy("templates")]
        ),
        .target(
            name: "CICURegex",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        .target(name: "SplitMix"),
        .target(
            name: "GleanCore",
            dependencies: [
                "GleanResources",
                "CICURegex",
                "SplitMix",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CExpat",
            ]
        ),
        .systemLibrary(name: "CExpat", pkgConfig: "expat", providers: [.apt(["libexpat1-dev"])]),
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        .target(name: "GleanTUI", dependencies: ["GleanCore", "CNcurses"]),
        .executableTarget(
            name: "glean",
            dependencies: [
                "GleanCore",
                "GleanTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "glean-bench",
            dependencies: [
                "GleanCore",
                "GleanTUI",
                "GleanTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/glean-bench"
        ),
        .target(
            name: "GleanTestSupport",
            dependencies: ["SplitMix", .product(name: "IssueReporting", package: "xctest-dynamic-overlay")],
            path: "Tests/GleanTestSupport"),
        .testTarget(
            name: "GleanCoreTests",
            dependencies: [
                "GleanCore", "GleanResources", "GleanTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["Exchange/Schemas"],
            resources: [.copy("Golden")]),
        .testTarget(
            name: "GleanTUITests",
            dependencies: [
                "GleanTUI", "GleanCore", "GleanResources", "GleanTestSupport",
                .product(name: "CustomDump", package: "swift-custom-dump"),
            ]),
        .testTarget(
            name: "GleanEndToEndTests",
            dependencies: [
                "GleanCore", "glean", "GleanTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
    ]
)
