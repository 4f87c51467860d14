import Foundation
import Testing

/// Console output names students by id only: no name, email or score reaches standard output or
/// standard error, whether the run succeeds, warns or fails.
@Suite("Privacy: ids only on the console")
struct PrivacyTests {
    /// Names and emails no message could contain by chance.
    static let secrets = [
        "Quirinalda", "Zebrowskaja", "Xanthippos", "Vörösmarty", "quirinalda.z@example.org", "xan.v@example.org",
        "not-an-email@@example.org",
    ]

    /// Checks that no secret, and no score of the distinctive profile, is in `run`'s output.
    static func expectPrivate(_ run: BoundedRun, sourceLocation: SourceLocation = #_sourceLocation) {
        let console = run.stdout + run.stderr
        for secret in secrets {
            #expect(
                !console.contains(secret), "'\(secret)' reached the console:\n\(console)",
                sourceLocation: sourceLocation)
        }
        let numbers = console.split { !$0.isNumber }
        #expect(!numbers.contains("37"), "a score reached the console:\n\(console)", sourceLocation: sourceLocation)
    }

    @Test("generate prints ids, not names, emails or scores, for good, warned and failed profiles")
    func generate() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write(
            "good.yaml",
            utf8(
                """
                id: s-1
                name: {given: Quirinalda, family: Zebrowskaja, preferred: Quirinalda}
                email: quirinalda.z@example.org
                garde: 11
                interests: {scale: ip60, scores: {R: 37, I: 37, A: 37, S: 37, E: 37, C: 37}}
                skills: {writing: 4}

                """))
        try sandbox.write(
            "bad.yaml",
            utf8(
                """
                id: s-2
                name: {given: Xanthippos, family: Vörösmarty}
                email: not-an-email@@example.org
                interests: {holland_code: AES}

                """))
        try sandbox.write(
            "badscore.yaml",
            utf8(
                "id: s-3\nname: {given: Xanthippos}\ninterests: {scores: {R: 37, I: 37, A: 37, S: 37, E: 37, C: 99}}\n")
        )
        let run = try CLI.bounded(
            ["generate", "good.yaml", "bad.yaml", "badscore.yaml", "--out", "out"], in: sandbox.work)
        #expect(run.status == 1)
        #expect(run.stdout.contains("s-1"))
        #expect(run.stderr.contains("bad.yaml"))
        Self.expectPrivate(run)
    }

    @Test("batch progress, warnings and errors print ids, not names, emails or scores")
    func batch() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write(
            "r.csv",
            utf8(
                """
                id,given_name,family_name,email,R,I,A,S,E,C,skill.writing,favourite_colour
                s-1,Quirinalda,Zebrowskaja,quirinalda.z@example.org,37,37,37,37,37,37,4,blue
                s-2,Xanthippos,Vörösmarty,not-an-email@@example.org,37,37,37,37,37,37,4,red
                s-3,Xanthippos,Vörösmarty,xan.v@example.org,37,37,37,37,37,37,9,red
                s-1,Quirinalda,Zebrowskaja,quirinalda.z@example.org,37,37,37,37,37,37,4,blue

                """))
        let run = try CLI.bounded(["batch", "r.csv", "--out", "out", "--jobs", "2"], in: sandbox.work)
        #expect(run.status == 2)
        #expect(run.stderr.contains("r.csv:3"))
        Self.expectPrivate(run)
    }

    @Test(
        "generate and batch open no socket at all (traced with strace)",
        .enabled(if: CLI.has("strace"), "strace is not installed: apt-get install strace"))
    func noNetwork() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.write("p.yaml", goodProfile)
        try sandbox.write("r.csv", utf8("id,given_name,holland_code\ns-1,Ada,AES\ns-2,Bo,ICR\n"))
        for arguments in [
            ["generate", "p.yaml", "--format", "pdf,html,txt"], ["batch", "r.csv", "--zip", "--jobs", "2"],
        ] {
            let trace = sandbox.work.appendingPathComponent("trace.log")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments =
                ["strace", "-f", "-e", "trace=socket,connect", "-o", trace.path, CLI.binary.path] + arguments + [
                    "--out", "out",
                ]
            process.currentDirectoryURL = sandbox.work
            // LeakSanitizer can't run under ptrace; this keeps the test usable in `make sanitize`.
            process.environment = ProcessInfo.processInfo.environment.merging(["ASAN_OPTIONS": "detect_leaks=0"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(arguments[0]) failed under strace")
            let calls = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("socket(") || $0.contains("connect(") }
            #expect(calls.isEmpty, "\(arguments[0]) opened sockets: \(calls)")
        }
    }
}
