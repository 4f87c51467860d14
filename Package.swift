// swift-tools-version: 6.0
import PackageDescription

/// CareerReport: student profile -> assessment -> XML template -> one document tree -> PDF / HTML.
/// Targets follow ../shared/DESIGN.md; arrows only point down (see README "Architecture").
let package = Package(
    name: "CareerReport",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The nouns, and what reads them from files.
        .target(name: "CareerModel", resources: [.embedInCode("Resources/starter-catalog.json")]),
        .target(name: "CareerInput", dependencies: ["CareerModel", "Yams"]),
        .target(name: "Assessment", dependencies: ["CareerModel"]),

        .testTarget(name: "CareerModelTests", dependencies: ["CareerModel"]),
        .testTarget(name: "CareerInputTests", dependencies: ["CareerInput"]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "CareerModel"]),
    ],
    swiftLanguageModes: [.v6]
)
