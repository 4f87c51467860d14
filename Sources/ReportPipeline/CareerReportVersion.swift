/// The tool's version, written into reports and printed by `--version`.
public enum CareerReportVersion {
    /// Semantic version of this release.
    public static let string = "0.1.0"
}
