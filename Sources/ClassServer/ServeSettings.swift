import Foundation

/// How `career-report serve` was started.
public struct ServeSettings: Sendable {
    /// The address to listen on (`127.0.0.1` unless `--listen` says otherwise).
    public var host: String
    /// The port (0 picks a free one; the server prints the one it got).
    public var port: Int
    /// The folder of the database (created if missing).
    public var dataFolder: URL
    /// The templates folder (`student-report.xml`, `es/student-report.xml`, `theme.json`, `schema/`).
    public var templatesFolder: URL
    /// A catalog file instead of the built-in one.
    public var catalogFile: String?
    /// Opens the console to other machines for whoever knows it; `nil`: loopback only.
    public var consolePassword: String?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataFolder: URL, templatesFolder: URL,
        catalogFile: String? = nil, consolePassword: String? = nil
    ) {
        self.host = host
        self.port = port
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        self.catalogFile = catalogFile
        self.consolePassword = consolePassword
    }

    /// The host names the server answers to besides IP addresses: localhost and this machine's names.
    var hostNames: Set<String> {
        let name = ProcessInfo.processInfo.hostName.lowercased()
        return ["localhost", name, name + ".local"]
    }
}
