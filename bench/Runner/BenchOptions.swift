/// The command line of `bench-workload ROSTER OUT N [--format pdf|html] [--dump] [--root DIR]
/// [--repeat K]`, read by hand: the tool starts once per benchmark run, and a reflection-based
/// parser costs more at start-up than rendering dozens of reports.
struct BenchOptions {
    /// The workload roster (../shared/bench/workload/roster.csv).
    var roster = ""
    /// Output folder for `<id>.pdf` / `<id>.html`.
    var out = ""
    /// How many students, from the top of the roster.
    var count = 0
    /// `pdf` or `html`.
    var format = "pdf"
    /// Print the canonical content dump (model.py --dump) instead of rendering.
    var dump = false
    /// The repository root (default: found from the executable).
    var root: String?
    /// Repeat each report's content this many times in one PDF (to measure length).
    var copies = 1

    static let usage = "usage: bench-workload ROSTER OUT N [--format pdf|html] [--dump] [--root DIR] [--repeat K]"

    /// Reads `arguments` (without the program name).
    init(_ arguments: [String]) throws(UsageError) {
        var positional: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            func value() throws(UsageError) -> String {
                guard let value = rest.popFirst() else { throw UsageError("\(argument) needs a value") }
                return value
            }
            switch argument {
            case "--format":
                format = try value()
                guard format == "pdf" || format == "html" else { throw UsageError("--format must be pdf or html") }
            case "--dump": dump = true
            case "--root": root = try value()
            case "--repeat":
                guard let copies = Int(try value()), copies >= 1 else {
                    throw UsageError("--repeat needs a whole number of at least 1")
                }
                self.copies = copies
            case "-h", "--help": throw UsageError(nil)
            default:
                guard !argument.hasPrefix("--") else { throw UsageError("unknown option \(argument)") }
                positional.append(argument)
            }
        }
        guard positional.count == 3 else {
            throw UsageError("expected ROSTER OUT N, found \(positional.count) arguments")
        }
        guard let count = Int(positional[2]), count >= 0 else {
            throw UsageError("N must be a whole number of students, not '\(positional[2])'")
        }
        (roster, out, self.count) = (positional[0], positional[1], count)
    }
}

/// A command line that can't be read: what is wrong (nil for `--help`), shown with the usage.
struct UsageError: Error, CustomStringConvertible {
    /// What is wrong, or nil when help was asked for.
    var problem: String?

    init(_ problem: String?) { self.problem = problem }

    var description: String {
        (problem.map { "error: \($0)\n" } ?? "") + BenchOptions.usage
    }
}
