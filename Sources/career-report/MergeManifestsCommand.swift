import ArgumentParser
import Batch
import Diagnostics
import Foundation
import ReportPipeline

/// `career-report merge-manifests`: one manifest and class summary from the shards of a batch.
struct MergeManifestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-manifests",
        abstract: "Join the manifests of batch shards and write the class summary of the whole.",
        discussion: """
            Each DIR is the --out folder of a `batch --shard K/N` run (or of a whole batch). Writes \
            manifest.csv, manifest.json, class-summary.pdf and class-summary.html into --out. Refuses \
            shards of different rosters, a shard given twice or missing, and a student in two manifests.

            Exit codes: 0 merged; 1 a manifest can't be read or the manifests don't fit together.
            """)

    @Argument(help: ArgumentHelp("The output folders of the shards.", valueName: "dir"))
    var folders: [String]

    @Option(help: ArgumentHelp("Folder for the merged manifest and class summary.", valueName: "dir"))
    var out = "out"

    @OptionGroup var templateOptions: TemplateOptions

    func run() throws {
        do {
            let templates = try TemplateFolder.locate(explicit: templateOptions.templates)
            let setup = try ReportSetup.load(templatesFolder: templates)
            let summary = try ClassSummaryTemplate.load(templatesFolder: templates, session: setup.session)
            (setup.warnings + summary.warnings).forEach(Console.report)
            var parts: [ManifestMerge.Part] = []
            for folder in folders {
                parts.append((folder, try Manifest.read(from: URL(fileURLWithPath: folder))))
            }
            let merged = try ManifestMerge.merge(parts)
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var written = try BatchFolder.writeManifest(merged, into: folder)
            let classSummary = try BatchFolder.writeClassSummary(
                of: merged, template: summary, date: try ReportDate(), into: folder)
            classSummary.warnings.forEach(Console.report)
            written += classSummary.written
            Console.info(
                "\(merged.entries.count) rows from \(folders.count) manifest\(folders.count == 1 ? "" : "s"): \(merged.count(.ok)) ok, \(merged.count(.skipped)) skipped, \(merged.count(.error)) errors"
            )
            Console.info("written: \(written.joined(separator: ", "))")
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
    }
}
