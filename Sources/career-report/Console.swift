import ArgumentParser
import Batch
import CareerInput
import Diagnostics
import Foundation
import ReportPipeline
import ReportTemplates

/// Where the tool talks to its user: results on standard output, problems on standard error.
/// Nothing printed here may contain a student's name: ids only.
///
/// The one place diagnostics are printed: each as `file:line:column: severity: message`
/// (``Diagnostic/description``), whatever stage found it.
enum Console {
    static func info(_ line: String) {
        print(line)
    }

    /// Prints a diagnostic on standard error.
    static func report(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }

    /// Prints what `error` found: each of its diagnostics, or, for an error of no stage's kind,
    /// its text as an error.
    static func report(_ error: any Error) {
        switch error {
        case let error as PipelineError: error.diagnostics.forEach(report)
        case let error as InputError: report(error.diagnostic)
        case let error as RosterError: report(error.diagnostic)
        case let error as TemplateError: error.diagnostics.forEach { report($0.diagnostic) }
        default: self.error("\(error)")
        }
    }

    /// Prints the command line's own words about a failure (a count, a career not found) as an error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data("error: \(text)\n".utf8))
    }

    /// Prints the command line's own words about a risk it takes (serving every network interface) as a warning.
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data("warning: \(text)\n".utf8))
    }

    /// The documented exit code for a failure of `category` (README, "Exit codes"): 1 for every
    /// kind a command can find once its arguments are parsed (a bad option value, an input,
    /// template or output problem, a report that can't be made). 64 is left to the argument parser.
    static func exitCode(for category: PipelineError.Category) -> ExitCode {
        switch category {
        case .usage, .input, .output, .report: ExitCode(1)
        }
    }
}
