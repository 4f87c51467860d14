import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

@testable import ClassServer

/// A server on a fresh data folder whose router is called directly, as the network layer calls
/// it, with the peer address a test chooses (a loopback or a classroom address).
struct TestServer {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let classroom = try! SocketAddress(ipAddress: "192.168.1.23", port: 50000)
    static let loopback = try! SocketAddress(ipAddress: "127.0.0.1", port: 50000)

    let folder: URL
    let server: ClassServer
    let responder: RouterResponder<ServerContext>

    init(folder: URL? = nil, consolePassword: String? = nil) throws {
        let folder =
            folder
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("serve-tests-\(UUID().uuidString)")
        self.folder = folder
        server = try ClassServer(
            settings: ServeSettings(
                dataFolder: folder, templatesFolder: Self.repository.appendingPathComponent("templates"),
                consolePassword: consolePassword))
        responder = server.router().buildResponder()
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// What came back.
    struct Reply {
        var status: Int
        var headers: HTTPFields
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }

        /// The value a `Set-Cookie` header gives `name`, if any.
        func cookie(_ name: String) -> String? {
            headers[values: .setCookie].compactMap { line -> String? in
                guard line.hasPrefix(name + "=") else { return nil }
                return String(line.dropFirst(name.count + 1).prefix { $0 != ";" })
            }.first
        }

        /// The hidden CSRF field of the page's first form.
        var csrfField: String? {
            text.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/).map { String($0.1) }
        }
    }

    /// One request, as a browser on `peer` sends it: `cookies` as the Cookie header, a form body
    /// with `Origin` set to the server's own unless `headers` says otherwise.
    func send(
        _ method: HTTPRequest.Method, _ path: String, form: [String: String]? = nil, body: [UInt8]? = nil,
        cookies: [String: String] = [:], headers: [String: String] = [:], from peer: SocketAddress = loopback,
        host: String = "127.0.0.1:8080"
    ) async throws -> Reply {
        var fields = HTTPFields()
        if !cookies.isEmpty {
            fields[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        var bytes = body ?? []
        if let form {
            bytes = Array(
                form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
                    .joined(separator: "&").utf8)
            fields[.contentType] = "application/x-www-form-urlencoded"
        }
        if method == .post && headers["Origin"] == nil { fields[.origin] = "http://\(host)" }
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        if method == .post { fields[.contentLength] = String(bytes.count) }
        let request = Request(
            head: HTTPRequest(method: method, scheme: "http", authority: host, path: path, headerFields: fields),
            body: RequestBody(buffer: ByteBuffer(bytes: bytes)))
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let response = try await responder.respond(
            to: request, context: ServerContext(remoteAddress: peer, logger: logger))
        let collector = Collector()
        try await response.body.write(CollectingWriter(collector: collector))
        return Reply(status: Int(response.status.code), headers: response.headers, body: collector.bytes)
    }

    /// A browser's cookie jar and CSRF token for one person.
    final class Browser: @unchecked Sendable {
        var cookies: [String: String] = [:]
        var csrf = ""
    }

    /// Opens `/` (or `path`) to get a CSRF cookie, as a browser does before its first form.
    func browse(_ path: String = "/", peer: SocketAddress = loopback) async throws -> Browser {
        let browser = Browser()
        let reply = try await send(.get, path, from: peer)
        browser.cookies["cr_csrf"] = reply.cookie("cr_csrf")
        browser.csrf = reply.csrfField ?? reply.cookie("cr_csrf") ?? ""
        return browser
    }

    /// Posts `form` with the browser's token and cookies, keeping the cookies it sets.
    func post(_ path: String, _ form: [String: String], as browser: Browser, from peer: SocketAddress = loopback)
        async throws -> Reply
    {
        var fields = form
        fields["csrf"] = browser.csrf
        let reply = try await send(.post, path, form: fields, cookies: browser.cookies, from: peer)
        for name in ["cr_student", "cr_console"] { if let value = reply.cookie(name) { browser.cookies[name] = value } }
        return reply
    }

    /// Opens a session in the console; returns its id and join code.
    func openSession(form: String = "mini") async throws -> (id: Int64, code: String) {
        let counselor = try await browse("/console")
        let reply = try await post("/console/sessions", ["title": "Class", "form": form], as: counselor)
        let location = reply.headers[.location] ?? ""
        let id = Int64(location.split(separator: "/").last ?? "") ?? -1
        let session = try await server.store.session(id: id)
        return (id, session?.joinCode ?? "")
    }

    /// A student who joined `code` with `id` and answered every page with `answer(question index)`.
    func student(
        _ id: String, code: String, finish: Bool = true, answer: (Int) -> Int = { [4, 3, 1, 0, 2, 4, 1][$0 % 7] }
    ) async throws -> Browser {
        let browser = try await browse()
        _ = try await post("/join/student", ["code": code, "student": id, "lang": "en"], as: browser)
        guard finish else { return browser }
        let student = try await server.store.student(token: browser.cookies["cr_student"] ?? "")!
        let pages = server.reports.pages(form: student.form, language: .en)
        var index = 0
        for page in pages.pages {
            var form: [String: String] = ["go": "next"]
            for question in page.questions {
                form[question.id] = question.answers[answer(index) % question.answers.count].value
                index += 1
            }
            _ = try await post("/q/\(page.number)", form, as: browser)
        }
        return browser
    }
}

final class Collector: @unchecked Sendable {
    var bytes: [UInt8] = []
}

struct CollectingWriter: ResponseBodyWriter {
    let collector: Collector
    mutating func write(_ buffer: ByteBuffer) async throws { collector.bytes += buffer.readableBytesView }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
