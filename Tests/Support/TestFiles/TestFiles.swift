import Foundation

/// Files and folders the tests write, under a fresh temporary folder per call; shared by the
/// input and batch tests.
public enum TestFiles {
    /// The repository root.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared test data folder (`../shared/data`), present on the team's machines.
    public static let sharedData = repository.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// True when the OneRoster 1.2 sample is present.
    public static let hasOneRoster12 = FileManager.default.fileExists(
        atPath: sharedData.appendingPathComponent("oneroster-1.2/manifest.csv").path)

    /// A new empty folder.
    public static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("careerreport-tests-\(UUID())")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `bytes` as `name` in a new folder; returns the path.
    public static func write(_ bytes: [UInt8], name: String) throws -> String {
        let url = try folder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, name: String) throws -> String {
        try write(Array(text.utf8), name: name)
    }
}
