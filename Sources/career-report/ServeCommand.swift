import ArgumentParser
import ClassServer
import Foundation
import ReportPipeline

/// `career-report serve`: the class takes the questionnaire in a browser; the counselor's console.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the questionnaire to a class on this network, with a console for the counselor.",
        discussion: """
            Students open the printed address, type the session's join code, answer the questionnaire page by \
            page (saved after every page) and read their report, with a PDF download. The counselor opens \
            /console on this computer to open a session, load a roster, watch the counts, close the session and \
            download every report as a zip and the answers as CSV. Everything is kept in --data DIR (one SQLite \
            file); nothing leaves the machine. Security model and operations: docs/serve.md.
            """)

    @Option(
        help: ArgumentHelp(
            "Address and port to listen on. The default serves this computer only; 0.0.0.0:8080 serves the network.",
            valueName: "host:port"))
    var listen = "127.0.0.1:8080"

    @Option(help: ArgumentHelp("Folder for the database (created if missing).", valueName: "dir"))
    var data = "career-report-data"

    @Option(
        help: ArgumentHelp(
            "Open the console to other computers for whoever signs in with this password (default: this computer only). Also read from $CAREER_REPORT_CONSOLE_PASSWORD.",
            valueName: "password"))
    var consolePassword: String?

    @Option(
        help: ArgumentHelp(
            "Folder with student-report.xml, es/student-report.xml, theme.json and schema/ (default: found beside the tool).",
            valueName: "dir"))
    var templates: String?

    @OptionGroup var catalogOptions: CatalogOptions

    @Flag(help: "Log every request (method, route, status, time; never names, answers or query strings).")
    var verbose = false

    func run() async throws {
        let host: String
        let port: Int
        if let colon = listen.lastIndex(of: ":"), let number = Int(listen[listen.index(after: colon)...]),
            (0...65535).contains(number), colon != listen.startIndex
        {
            host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            port = number
        } else {
            Console.report(PipelineError.usage(.notAnAddressAndPort(listen), option: "--listen"))
            throw ExitCode(64)
        }
        let password = consolePassword ?? ProcessInfo.processInfo.environment["CAREER_REPORT_CONSOLE_PASSWORD"]
        if let password, password.count < 8 {
            Console.report(PipelineError.usage(.passwordTooShort(minimum: 8), option: "--console-password"))
            throw ExitCode(64)
        }
        let server: ClassServer
        do {
            let settings = ServeSettings(
                host: host, port: port, dataFolder: URL(fileURLWithPath: data).standardizedFileURL,
                templatesFolder: try TemplateFolder.locate(explicit: templates), catalogFile: catalogOptions.catalog,
                consolePassword: password)
            server = try ClassServer(settings: settings)
            server.warnings.forEach(Console.report)
        } catch {
            Console.report(error)
            throw ExitCode(1)
        }
        let dataPath = URL(fileURLWithPath: data).standardizedFileURL.path
        let everywhere = host == "0.0.0.0" || host == "::"
        if everywhere {
            Console.warning(
                "listening on every network interface (\(host)): anyone on this network can open the student pages. The console stays on this computer unless --console-password is set. Use it on a network you trust, and close the session when the class is done."
            )
        }
        do {
            try await server.run(verbose: verbose) { boundHost, boundPort in
                let local = everywhere || boundHost == "0.0.0.0" ? "127.0.0.1" : boundHost
                var lines = ["career-report serve: listening on \(boundHost):\(boundPort)"]
                if everywhere {
                    for address in ClassServer.networkAddresses() {
                        lines.append("  students: http://\(address):\(boundPort)/")
                    }
                } else {
                    lines.append(
                        "  students: http://\(local):\(boundPort)/ (this computer only; --listen 0.0.0.0:\(boundPort) serves the network)"
                    )
                }
                lines.append(
                    "  console:  http://\(local):\(boundPort)/console"
                        + (password == nil ? " (this computer only)" : " (other computers sign in with the password)"))
                lines.append("  data:     \(dataPath) (SQLite; delete the folder to delete everything)")
                lines.append("Stop with Ctrl-C; answers are saved after every page.")
                // Written at once, unbuffered: a script waiting for the address reads it while the server runs.
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
        } catch {
            Console.report(ServeFailure.listening(on: listen, error))
            throw ExitCode(1)
        }
    }
}
