import Foundation
import Testing

/// `career-report serve` as a class and a counselor use it: the built binary on a free port,
/// driven by headless Chromium (scripts/serve-browser-check: the whole questionnaire with the
/// mouse and keyboard only, the console, axe-core on every page), and killed with SIGKILL in the
/// middle of a class answering (scripts/serve-kill-check).
@Suite("career-report serve in a browser, and after kill -9")
struct ServeTests {
    /// A server started from the built binary, its output in files.
    final class RunningServer {
        let process = Process()
        let folder: URL
        let output: URL
        let errors: URL
        private(set) var url = ""

        init(listen: String = "127.0.0.1:0", extra: [String] = []) throws {
            folder = try CLI.temporaryFolder()
            output = folder.appendingPathComponent("stdout.txt")
            errors = folder.appendingPathComponent("stderr.txt")
            FileManager.default.createFile(atPath: output.path, contents: nil)
            FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.executableURL = CLI.binary
            process.arguments =
                ["serve", "--listen", listen, "--data", folder.appendingPathComponent("data").path] + extra
            process.currentDirectoryURL = CLI.repository
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, process.isRunning {
                if let match = stdout.firstMatch(of: /listening on [0-9.]+:(\d+)/) {
                    url = "http://127.0.0.1:\(match.1)"
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }

        var stdout: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    static let python = CLI.repository.appendingPathComponent(".venv-test/bin/python").path
    static var browserInstalled: Bool { AxeTests.installed }

    @Test("it prints where students and the console go and where the data is; 0.0.0.0 prints a warning")
    func banner() throws {
        let local = try RunningServer()
        defer { local.stop() }
        #expect(!local.url.isEmpty, "the server started: \(local.stderr)")
        #expect(local.stdout.contains("students: http://127.0.0.1:"))
        #expect(local.stdout.contains("/console (this computer only)"))
        #expect(local.stdout.contains("data:     \(local.folder.path)/data"))
        #expect(!local.stderr.contains("warning"))

        let everywhere = try RunningServer(listen: "0.0.0.0:0")
        defer { everywhere.stop() }
        #expect(everywhere.stderr.contains("warning: listening on every network interface (0.0.0.0)"))

        let bad = try CLI.run(["serve", "--listen", "8080"], in: local.folder)
        #expect(bad.status == 64 && bad.stderr.contains("error: --listen: 8080: give an address and a port"))
        let taken = try CLI.run(
            ["serve", "--listen", local.url.replacingOccurrences(of: "http://", with: ""), "--data", "other"],
            in: local.folder)
        #expect(
            taken.status == 1 && taken.stderr.contains("error: --listen: ") && taken.stderr.contains("is in use"),
            "\(taken.stderr)")
        FileManager.default.createFile(atPath: local.folder.appendingPathComponent("afile").path, contents: nil)
        let notFolder = try CLI.run(["serve", "--data", "afile", "--listen", "127.0.0.1:0"], in: local.folder)
        #expect(
            notFolder.status == 1 && notFolder.stderr.contains("error: --data: ")
                && notFolder.stderr.contains("afile can't be used as the data folder (File exists)"),
            "\(notFolder.stderr)")
    }

    @Test(
        "a class in Chromium: the whole questionnaire by mouse and by keyboard only, resume on another device, the report and its PDF, the console's counts, zip, CSV and close; axe-core finds no WCAG 2.1 AA violation on any page and the browser no CSP violation",
        .enabled(if: browserInstalled, "needs chromium, chromium-driver and .venv-test: run make test-deps"))
    func browser() throws {
        let server = try RunningServer()
        defer { server.stop() }
        try #require(!server.url.isEmpty, "the server did not start: \(server.stderr)")
        let check = try CLI.tool(
            Self.python, [CLI.repository.appendingPathComponent("scripts/serve-browser-check").path, server.url])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stderr.contains("13 kinds of page checked with axe-core; 0 failed checks"), "\(check.stderr)")
        #expect(!server.stdout.contains("Ana") && !server.stderr.contains("Ortiz"), "no name in the server's log")
    }

    @Test(
        "SIGKILL while 30 students submit pages: after a restart every confirmed page is there, none by halves, and every resume code continues at the right page"
    )
    func killNine() throws {
        let check = try CLI.tool(
            "python3",
            [
                CLI.repository.appendingPathComponent("scripts/serve-kill-check").path, CLI.binary.path, "--students",
                "30",
            ])
        #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
        #expect(check.stderr.contains("30 students checked after SIGKILL and restart: 0 problems"), "\(check.stderr)")
    }
}
