// swift-tools-version: 6.1
import PackageDescription

/// CareerReport: student profile -> assessment -> XML template -> one document tree -> PDF / HTML.
/// Targets follow ../shared/DESIGN.md; arrows only point down (see README "Architecture").
let package = Package(
    name: "CareerReport",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "career-report", targets: ["career-report"]),
        .library(name: "ReportPipeline", targets: ["ReportPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // `career-report serve` only: HTTP server and its SQLite store. Hummingbird without its
        // swift-configuration trait (not used), so CI builds less.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Already in the graph through Hummingbird; named because ClassServer imports them.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    ],
    targets: [
        // C libraries, wrapped so that no other target sees a C pointer.
        .systemLibrary(name: "CHaru", path: "Sources/CHaru"),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CHarfBuzz", path: "Sources/CHarfBuzz", pkgConfig: "harfbuzz-subset",
            providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(
            name: "CLibPNG", path: "Sources/CLibPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(
            name: "CLibDeflate", path: "Sources/CLibDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]),

        // What every stage reports: one diagnostic type, worded in one place.
        .target(name: "Diagnostics"),

        // The nouns, and what reads them from files.
        .target(name: "CareerModel", resources: [.embedInCode("Resources/starter-catalog.json")]),
        .target(
            name: "CareerInput",
            dependencies: [
                "CareerModel", "Diagnostics", "Yams", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(name: "Assessment", dependencies: ["CareerModel"]),
        // The assessment and the catalog as terminal text and JSON, for `assess` and `catalog`.
        .target(name: "AssessmentOutput", dependencies: ["Assessment", "CareerModel"]),
        // The questionnaire: O*NET Interest Profiler item banks and our own self-rating section, as data.
        .target(
            name: "Questionnaire", dependencies: ["CareerModel", "CareerInput", "Diagnostics"],
            resources: [
                .embedInCode("Resources/interest-profiler-short.json"),
                .embedInCode("Resources/interest-profiler-mini.json"),
                .embedInCode("Resources/self-rating.json"),
            ]),

        // One document tree, how templates make it, and how it is rendered.
        .target(name: "ReportDocument"),
        .target(name: "ReportTemplates", dependencies: ["ReportDocument", "Diagnostics", "CLibXML2", "CLibPNG"]),
        .target(name: "PDFRenderer", dependencies: ["ReportDocument", "CHaru", "CHarfBuzz", "CLibDeflate"]),
        .target(name: "HTMLRenderer", dependencies: ["ReportDocument"]),
        .target(name: "TextRenderer", dependencies: ["ReportDocument"]),
        // The `.eml` message: the text and HTML versions, their pictures and the PDF, as MIME.
        .target(name: "MIME", dependencies: ["HTMLRenderer", "ReportDocument"]),

        // The road from a profile file to report files, shared by every command.
        .target(
            name: "ReportPipeline",
            dependencies: [
                "CareerModel", "CareerInput", "Assessment", "Questionnaire", "Diagnostics", "ReportDocument",
                "ReportTemplates", "PDFRenderer", "HTMLRenderer", "TextRenderer", "MIME",
            ]),
        // Whole rosters: a class or a district in one run.
        .target(
            name: "Batch",
            dependencies: [
                "CareerModel", "CareerInput", "Questionnaire", "Assessment", "Diagnostics", "ReportPipeline",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),

        // `career-report serve`: a class takes the questionnaire in a browser; the counselor's console.
        .target(
            name: "ClassServer",
            dependencies: [
                "CareerModel", "CareerInput", "Questionnaire", "ReportDocument", "ReportTemplates", "ReportPipeline",
                "Batch",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.embedInCode("Resources/serve.css"), .embedInCode("Resources/console.js")],
            // GRDB's extensions (string interpolation into SQL) stay out of files that don't import it.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),

        .executableTarget(
            name: "career-report",
            dependencies: [
                "CareerModel", "CareerInput", "Assessment", "AssessmentOutput", "Questionnaire", "Diagnostics",
                "ReportPipeline", "Batch", "MIME", "ClassServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Benchmarks (bench/): the assessment on a large catalog, and the peer benchmark's workload.
        .executableTarget(
            name: "assessment-benchmark", dependencies: ["Assessment", "CareerModel"],
            path: "bench/AssessmentBenchmark"),
        .target(
            name: "BenchWorkload", dependencies: ["ReportDocument", "ReportTemplates", "PDFRenderer", "HTMLRenderer"],
            path: "bench/WorkloadAdapter"),
        .executableTarget(
            name: "bench-workload",
            dependencies: ["BenchWorkload"],
            path: "bench/Runner"),

        // Checks shared by several test targets.
        .target(name: "EmailChecks", path: "Tests/Support/EmailChecks"),
        .target(name: "TestFiles", path: "Tests/Support/TestFiles"),
        .target(name: "DocumentFixtures", dependencies: ["ReportDocument"], path: "Tests/Support/DocumentFixtures"),
        .target(name: "AssessmentFixtures", dependencies: ["CareerModel"], path: "Tests/Support/AssessmentFixtures"),
        .target(
            name: "TestImages", dependencies: ["ReportDocument"], path: "Tests/Support/TestImages",
            exclude: ["Fixtures"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "CareerModelTests", dependencies: ["CareerModel"]),
        .testTarget(
            name: "CareerInputTests",
            dependencies: [
                "CareerInput", "CareerModel", "TestFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "CareerModel", "AssessmentFixtures"]),
        .testTarget(
            name: "AssessmentOutputTests",
            dependencies: ["AssessmentOutput", "Assessment", "CareerModel", "AssessmentFixtures"]),
        .testTarget(name: "QuestionnaireTests", dependencies: ["Questionnaire", "CareerModel", "CareerInput"]),
        .testTarget(name: "ReportDocumentTests", dependencies: ["ReportDocument"]),
        .testTarget(
            name: "ReportTemplatesTests", dependencies: ["ReportTemplates", "Diagnostics", "TestImages"],
            exclude: ["Fixtures"]),
        .testTarget(name: "PDFRendererTests", dependencies: ["PDFRenderer", "TestImages"]),
        .testTarget(
            name: "HTMLRendererTests", dependencies: ["HTMLRenderer", "DocumentFixtures", "EmailChecks", "TestImages"]),
        .testTarget(name: "TextRendererTests", dependencies: ["TextRenderer", "DocumentFixtures"]),
        .testTarget(
            name: "MIMETests", dependencies: ["MIME", "HTMLRenderer", "TextRenderer", "EmailChecks", "TestImages"]),
        .testTarget(
            name: "ReportPipelineTests",
            dependencies: ["ReportPipeline", "ReportTemplates", "Questionnaire", "Diagnostics"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "CareerInput", "Diagnostics", "TestFiles"]),
        .testTarget(
            name: "ClassServerTests",
            dependencies: [
                "ClassServer", "Questionnaire", "CareerModel", "CareerInput",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
            ]),
        .testTarget(name: "BenchWorkloadTests", dependencies: ["BenchWorkload"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["career-report", "EmailChecks", "TestImages"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
