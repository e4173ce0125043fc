// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Talenta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "talenta", targets: ["talenta"]),
        .executable(name: "talenta-offline", targets: ["talenta-offline"]),
        .executable(name: "talenta-bench", targets: ["talenta-bench"]),
        .executable(name: "talenta-load", targets: ["talenta-load"]),
        .library(name: "Psychometrics", targets: ["Psychometrics"]),
        .library(name: "TalentDomain", targets: ["TalentDomain"]),
        .library(name: "SpreadsheetImport", targets: ["SpreadsheetImport"]),
        .library(name: "TestDelivery", targets: ["TestDelivery"]),
        .library(name: "TableExport", targets: ["TableExport"]),
        .library(name: "Placement", targets: ["Placement"]),
        .library(name: "TalentPlacement", targets: ["TalentPlacement"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Pure cores: no dependencies at all.
        .target(name: "Psychometrics"),
        .target(name: "TalentDomain"),
        .target(name: "SpreadsheetImport", dependencies: ["TalentDomain"]),
        // JSON string literals and numbers written by hand (plan files, attempt states, the load report).
        .target(name: "JSONText"),
        .target(name: "TestDelivery", dependencies: ["Psychometrics", "TalentDomain", "JSONText"]),
        // Result tables as CSV and XLSX for clerks; Foundation only, the ZIP and XML written by hand.
        .target(name: "TableExport"),
        // Who fits where: the exact optimal assignment of candidates to posts (filled posts, then
        // total fit), its explanations and the `place` CSV; Foundation only.
        .target(name: "Placement", dependencies: ["JSONText"]),
        .target(name: "TalentPlacement", dependencies: ["TalentDomain", "Placement"]),

        // The server: persistence, routes, pages. A thin shell over the cores.
        .target(
            name: "TalentaServer",
            dependencies: [
                "TalentDomain",
                "JSONText",
                "SpreadsheetImport",
                "TestDelivery",
                "TableExport",
                "TalentPlacement",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),

        // Offline verbs over the pure cores only (evaluate, place, ...): they build without the server stack.
        .target(
            name: "OfflineCommands",
            dependencies: [
                "Psychometrics",
                "TalentDomain",
                "Placement",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "talenta-offline", dependencies: ["OfflineCommands"]),

        // Benchmarks against the peers (bench/peers.sh): the pure modules only.
        .executableTarget(name: "talenta-bench", dependencies: ["Psychometrics", "TalentDomain", "Placement"]),

        // The load harness (bench/load.sh): simulated participants over HTTP/1.1 on SwiftNIO alone.
        .executableTarget(
            name: "talenta-load",
            dependencies: [
                "JSONText",
                "TalentDomain",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),

        // The command line: `serve`, `demo`, `migrate`, `import`, `instansi`, and the offline verbs.
        .executableTarget(
            name: "talenta",
            dependencies: [
                "TalentaServer",
                "OfflineCommands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "PsychometricsTests", dependencies: ["Psychometrics"], resources: [.copy("Resources")]),
        .testTarget(name: "TalentDomainTests", dependencies: ["TalentDomain"], resources: [.copy("Cases")]),
        .testTarget(name: "OfflineCommandsTests", dependencies: ["OfflineCommands"]),
        .testTarget(name: "SpreadsheetImportTests", dependencies: ["SpreadsheetImport"]),
        .testTarget(name: "TestDeliveryTests", dependencies: ["TestDelivery", "JSONText"]),
        .testTarget(name: "TableExportTests", dependencies: ["TableExport"]),
        .testTarget(name: "PlacementTests", dependencies: ["Placement", "JSONText"]),
        .testTarget(name: "TalentPlacementTests", dependencies: ["TalentPlacement"]),
        .testTarget(name: "TalentaLoadTests", dependencies: ["talenta-load"], resources: [.copy("Replies")]),
        .testTarget(
            name: "TalentaServerTests",
            dependencies: [
                "TalentaServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            // HTML snapshots, read from the source tree by path so that they can be rewritten for review.
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
