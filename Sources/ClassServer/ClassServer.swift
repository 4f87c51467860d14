import Diagnostics
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `career-report serve`: a class takes the questionnaire in a browser and reads its reports;
/// the counselor's console opens sessions and downloads everything. One process, one SQLite
/// file, nothing leaves the machine (docs/serve.md).
public struct ClassServer: Sendable {
    let settings: ServeSettings
    let store: ClassStore
    let reports: ReportMaker
    let joinLimiter = RateLimiter()
    let consoleLogins = ConsoleLogins()

    /// Opens the data folder and loads the templates and questionnaires; throws with a message
    /// naming the folder or template that can't be used.
    public init(settings: ServeSettings) throws {
        self.settings = settings
        do {
            store = try ClassStore(folder: settings.dataFolder)
        } catch {
            throw ServeFailure.dataFolder(settings.dataFolder.path, error)
        }
        reports = try ReportMaker(templatesFolder: settings.templatesFolder, catalogFile: settings.catalogFile)
    }

    /// This machine's IPv4 addresses other than loopback, for the addresses to print with `--listen 0.0.0.0`.
    public static func networkAddresses() -> [String] {
        ((try? System.enumerateDevices()) ?? []).compactMap { device in
            guard case .v4 = device.address, let ip = device.address?.ipAddress, !ip.hasPrefix("127.") else {
                return nil
            }
            return ip
        }
    }

    /// Warnings from loading the templates, to print once.
    public var warnings: [Diagnostic] { reports.warnings }

    /// Every route, behind ``ServerMiddleware``.
    public func router() -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: ServerMiddleware(requestGuard: RequestGuard(hostNames: settings.hostNames)))
        StaticRoutes().add(to: router)
        StudentRoutes(server: self).add(to: router)
        ReportRoutes(server: self).add(to: router)
        ConsoleRoutes(server: self).add(to: router)
        return router
    }

    /// Runs until SIGINT or SIGTERM; `onStarted` gets the address actually bound (the port, when 0
    /// was asked). `verbose` logs every request (method, route pattern, status, time).
    public func run(verbose: Bool, onStarted: @escaping @Sendable (String, Int) -> Void) async throws {
        var logger = Logger(label: "career-report serve")
        logger.logLevel = verbose ? .debug : .info
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                onStarted(channel.localAddress?.ipAddress ?? "?", channel.localAddress?.port ?? 0)
            },
            logger: logger)
        try await app.runService()
    }
}
