// swift-tools-version:6.1
import PackageDescription

/// CondorPress: one module per layer, data flowing one way
/// MarketData → Signals/OptionMath → Strategy → Archive → Publishing → the `condorpress` executable;
/// Publishing writes through OutputStore (staging, journal, exchange, lock, recovery).
let package = Package(
    name: "CondorPress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "condorpress", targets: ["condorpress"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        .target(name: "NumberStyle"),
        .target(name: "MarketData", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        .target(name: "OptionMath"),
        .target(name: "Signals", dependencies: ["MarketData"]),
        .target(
            name: "Strategy",
            dependencies: ["MarketData", "OptionMath", "Signals", "NumberStyle"]
        ),
        .target(
            name: "Archive",
            dependencies: [
                "Strategy", "MarketData", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "Charts", dependencies: ["NumberStyle"]),
        .target(name: "OutputStore"),
        .target(
            name: "Publishing",
            dependencies: [
                "CCmarkGFM", "MarketData", "Strategy", "Archive", "Charts", "NumberStyle", "OutputStore", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "CondorPressCLI",
            dependencies: [
                "MarketData", "OptionMath", "Signals", "Strategy", "Archive", "Publishing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "condorpress", dependencies: ["CondorPressCLI", "CMimalloc"]),
        // Generators, fixtures and helpers the test targets share (seeded random inputs, scratch
        // folders, folder snapshots, golden files); linked only into tests.
        .target(name: "TestSupport", dependencies: ["MarketData"], path: "Tests/TestSupport"),
        .testTarget(name: "NumberStyleTests", dependencies: ["NumberStyle"]),
        .testTarget(name: "MarketDataTests", dependencies: ["MarketData", "TestSupport"]),
        .testTarget(
            name: "OptionMathTests", dependencies: ["OptionMath", "MarketData"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SignalsTests", dependencies: ["Signals", "MarketData"]),
        .testTarget(name: "StrategyTests", dependencies: ["Strategy", "MarketData", "Publishing", "TestSupport"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "MarketData", "TestSupport"]),
        .testTarget(name: "OutputStoreTests", dependencies: ["OutputStore", "TestSupport"]),
        .testTarget(
            name: "ChartsTests", dependencies: ["Charts", "MarketData", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "PublishingTests",
            dependencies: ["Publishing", "MarketData", "OutputStore", "Strategy", "Archive", "TestSupport"],
            exclude: ["Golden"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CondorPressCLITests",
            dependencies: ["CondorPressCLI", "MarketData", "OutputStore", "Publishing", "TestSupport"]
        ),
    ]
)
