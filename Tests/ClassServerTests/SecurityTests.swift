import Foundation
import HTTPTypes
import Testing

@testable import ClassServer

@Suite("Security: headers, CSRF, own report only, body caps, no path traversal, console on loopback")
struct SecurityTests {
    static let headers = [
        "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Cache-Control",
    ]

    @Test("every response carries the security headers: pages, redirects, refusals, 404s, files, the report")
    func headers() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let student = try await test.student("S-1", code: session.code)
        var replies = [
            try await test.send(.get, "/"), try await test.send(.get, "/nowhere"),
            try await test.send(.get, "/static/serve.css"), try await test.send(.post, "/join", form: ["code": "X"]),
            try await test.send(.get, "/console", from: TestServer.classroom),
            try await test.send(.get, "/", host: "evil.example:8080"),
        ]
        replies.append(try await test.send(.get, "/report/index.html", cookies: student.cookies))
        replies.append(try await test.send(.get, "/report/career-report.pdf", cookies: student.cookies))
        replies.append(try await test.send(.get, "/report", cookies: student.cookies))
        for reply in replies {
            for name in Self.headers {
                #expect(reply.headers[.init(name)!] != nil, "\(name) on a \(reply.status)")
            }
            let policy = reply.headers[.contentSecurityPolicy] ?? ""
            #expect(policy.hasPrefix("default-src 'self'") && policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"), "\(policy)")
            #expect(reply.headers[.init("X-Content-Type-Options")!] == "nosniff")
            #expect(reply.headers[.init("Referrer-Policy")!] == "no-referrer")
        }
        #expect(replies[1].status == 404 && replies[1].text.contains("Page not found"))
        #expect(replies[5].status == 421, "a foreign Host name (DNS rebinding) is refused")
        #expect(replies[6].status == 200 && replies[6].text.contains("sha256-") == false)
        #expect(
            (replies[6].headers[.contentSecurityPolicy] ?? "").contains("'unsafe-hashes' 'sha256-"),
            "the report's inline styles are allowed by hash only")
        #expect(replies[7].status == 200 && replies[7].body.starts(with: Array("%PDF-".utf8)))
        let cookie = try #require(replies[0].headers[values: .setCookie].first)
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
    }

    @Test("a POST without the CSRF token, with another's token, from another origin or another site is refused")
    func csrf() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let browser = try await test.browse()
        let good = ["code": session.code, "csrf": browser.csrf, "lang": "en"]
        let cases: [(String, [String: String], [String: String], [String: String])] = [
            ("no token", good.filter { $0.key != "csrf" }, browser.cookies, [:]),
            ("no cookie", good, [:], [:]),
            ("a wrong token", good.merging(["csrf": String(repeating: "a", count: 64)]) { $1 }, browser.cookies, [:]),
            ("another origin", good, browser.cookies, ["Origin": "http://evil.example"]),
            ("another site", good, browser.cookies, ["Origin": "null", "Sec-Fetch-Site": "cross-site"]),
        ]
        for (what, form, cookies, headers) in cases {
            let reply = try await test.send(.post, "/join", form: form, cookies: cookies, headers: headers)
            #expect(reply.status == 403, "\(what): \(reply.status)")
            #expect(reply.text.contains("The form has expired"), "\(what)")
        }
        // Our own page's form, as Chromium sends it under Referrer-Policy: no-referrer.
        let own = try await test.send(
            .post, "/join", form: good, cookies: browser.cookies,
            headers: ["Origin": "null", "Sec-Fetch-Site": "same-origin"])
        #expect(own.status == 200 && own.text.contains("Who are you?"))
        // The console's forms too, from loopback.
        let console = try await test.send(
            .post, "/console/sessions", form: ["title": "X", "form": "short"], cookies: browser.cookies)
        #expect(console.status == 403)
    }

    @Test("a student sees only their own report: no route takes an id, a picked name that started is refused")
    func ownReportOnly() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let ana = try await test.student("S-ANA", code: session.code)
        let ben = try await test.student("S-BEN", code: session.code, finish: false)
        let anas = try await test.send(.get, "/report/index.html", cookies: ana.cookies)
        #expect(anas.status == 200 && anas.text.contains("S-ANA"))
        let bens = try await test.send(.get, "/report/index.html", cookies: ben.cookies)
        #expect(bens.status == 409 && !bens.text.contains("S-ANA"), "Ben has not finished: no report, not Ana's")
        let pdf = try await test.send(.get, "/report/career-report.pdf", cookies: ben.cookies)
        #expect(pdf.status == 409)
        let forged = try await test.send(
            .get, "/report/index.html", cookies: ["cr_student": String(repeating: "0", count: 64)])
        #expect(forged.status == 401)
        for path in ["/report/S-ANA.pdf", "/report/S-ANA.html", "/report/index.html?student=S-ANA"] {
            let reply = try await test.send(.get, path, cookies: ben.cookies)
            #expect(!reply.text.contains("S-ANA") && reply.status >= 400, "\(path): \(reply.status)")
        }
        // Someone else picks Ana's id: refused, they must use her resume code.
        let other = try await test.browse()
        let again = try await test.post(
            "/join/student", ["code": session.code, "student": "S-ANA", "lang": "en"], as: other)
        #expect(again.status == 400 && again.text.contains("already started") && other.cookies["cr_student"] == nil)
    }

    @Test("bodies over the cap get a 413 page, by Content-Length and by their real size")
    func oversized() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let browser = try await test.browse()
        let big = "code=" + String(repeating: "A", count: FormBody.formLimit + 1) + "&csrf=\(browser.csrf)"
        for path in ["/join", "/join/student", "/resume", "/q/1", "/console/sessions"] {
            let reply = try await test.send(
                .post, path, body: Array(big.utf8), cookies: browser.cookies,
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(reply.status == 413, "\(path): \(reply.status)")
            #expect(reply.text.contains("Too much was sent"), "\(path)")
        }
        let session = try await test.openSession()
        let upload = [UInt8](repeating: 65, count: FormBody.uploadLimit + 1)
        let roster = try await test.send(
            .post, "/console/sessions/\(session.id)/roster", body: upload, cookies: browser.cookies,
            headers: ["Content-Type": "multipart/form-data; boundary=x"])
        #expect(roster.status == 413)
    }

    /// Paths that try to climb out of each route, plain and percent-encoded.
    static let traversals = [
        "/static/../Package.swift", "/static/..%2f..%2fPackage.swift", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/serve.css/../../../etc/passwd", "/report/..%2f..%2f..%2fetc%2fpasswd", "/report/../../etc/passwd",
        "/report/%2e%2e%2fclass-sessions.sqlite", "/q/..%2f..%2fetc%2fpasswd", "/q/1/../../../etc/passwd",
        "/console/sessions/..%2f..%2fetc%2fpasswd", "/console/sessions/1/..%2f..%2f..%2fetc%2fpasswd",
        "/console/sessions/1%2f..%2f..%2fclass-sessions.sqlite/reports.zip", "/welcome/../../etc/passwd",
        "/join/..%2f..%2fetc%2fpasswd", "/class-sessions.sqlite", "/tmp/", "/..%2fclass-sessions.sqlite",
        "/static/..\\..\\Package.swift", "/report/....//....//etc/passwd",
    ]

    @Test("path traversal in every route finds nothing: no file outside the named ones is ever served")
    func traversal() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let student = try await test.student("S-1", code: session.code)
        for path in Self.traversals {
            for method in [HTTPRequest.Method.get, .post] {
                let reply = try await test.send(
                    method, path, form: method == .post ? [:] : nil, cookies: student.cookies)
                #expect((400..<500).contains(reply.status), "\(method) \(path): \(reply.status)")
                #expect(!reply.text.contains("root:") && !reply.text.contains("PackageDescription"), "\(path)")
                #expect(!reply.text.contains("SQLite format"), "\(path)")
            }
        }
    }

    @Test("the console is refused from another machine unless signed in with --console-password")
    func consoleLoopbackOnly() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let paths = [
            "/console", "/console/sessions/\(session.id)", "/console/sessions/\(session.id)/reports.zip",
            "/console/sessions/\(session.id)/responses.csv", "/console/sessions/\(session.id)/counts.json",
            "/console/login",
        ]
        for path in paths {
            let reply = try await test.send(.get, path, from: TestServer.classroom)
            #expect(reply.status == 403 && reply.text.contains("The console is not open here"), "\(path)")
        }
        let pupil = try await test.browse(peer: TestServer.classroom)
        for path in [
            "/console/sessions", "/console/sessions/\(session.id)/close", "/console/sessions/\(session.id)/delete",
        ] {
            let reply = try await test.post(
                path, ["title": "X", "confirm": "yes"], as: pupil, from: TestServer.classroom)
            #expect(reply.status == 403, "\(path)")
        }
        #expect(try await test.server.store.session(id: session.id)?.isOpen == true)

        let guarded = try TestServer(consolePassword: "correct horse")
        defer { guarded.remove() }
        #expect(try await guarded.send(.get, "/console", from: TestServer.classroom).status == 401)
        let counselor = try await guarded.browse("/console/login", peer: TestServer.classroom)
        let wrong = try await guarded.post(
            "/console/login", ["password": "battery"], as: counselor, from: TestServer.classroom)
        #expect(wrong.status == 401 && counselor.cookies["cr_console"] == nil)
        let right = try await guarded.post(
            "/console/login", ["password": "correct horse"], as: counselor, from: TestServer.classroom)
        #expect(right.status == 303 && counselor.cookies["cr_console"] != nil)
        let console = try await guarded.send(
            .get, "/console", cookies: counselor.cookies, from: TestServer.classroom)
        #expect(console.status == 200 && console.text.contains("New class session"))
    }

    @Test("wrong join codes are rate-limited per address; the class behind one address still joins")
    func joinRateLimit() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let guesser = try await test.browse(peer: TestServer.classroom)
        var statuses: [Int] = []
        for guess in 0..<25 {
            let reply = try await test.post(
                "/join", ["code": "WRONG\(guess)", "lang": "en"], as: guesser, from: TestServer.classroom)
            statuses.append(reply.status)
        }
        #expect(statuses.prefix(20).allSatisfy { $0 == 400 })
        #expect(statuses.suffix(5).allSatisfy { $0 == 429 })
        let blocked = try await test.post(
            "/join", ["code": session.code, "lang": "en"], as: guesser, from: TestServer.classroom)
        #expect(blocked.status == 429 && blocked.text.contains("Too many tries"))
        let classmate = try await test.browse()
        let joined = try await test.post("/join", ["code": session.code.lowercased(), "lang": "en"], as: classmate)
        #expect(joined.status == 200, "another address is not slowed down; codes are read in any case")
    }

    @Test(
        "an answer a question does not offer is refused, page and all; malformed input to every POST route gets a clear 4xx page, never a crash or a 500"
    )
    func malformed() async throws {
        let test = try TestServer()
        defer { test.remove() }
        let session = try await test.openSession()
        let student = try await test.student("S-1", code: session.code, finish: false)
        let invalid = try await test.post("/q/1", ["ipmini-01": "4", "ipmini-02": "9", "go": "next"], as: student)
        #expect(
            invalid.status == 400 && invalid.text.contains("Question 2 got an answer it does not offer"),
            "\(invalid.status)")
        let saved = try await test.server.store.student(token: student.cookies["cr_student"] ?? "")
        #expect(
            try await test.server.store.answers(studentRowID: saved?.id ?? -1).isEmpty,
            "nothing of the refused page was saved, not even its good answer")
        let token = "csrf=\(student.csrf)"
        let bodies: [[UInt8]] = [
            Array("\(token)&code=%ZZ%&lang=%".utf8), Array("\(token)&&&==&=x&ipsf-01=9&ipmini-01=Strongly".utf8),
            [0xFF, 0xFE, 0x00, 0x80] + Array("&\(token)".utf8),
            Array("\(token)&student=\(String(repeating: "x", count: 500))".utf8),
            Array("\(token)&ipmini-01=%3Cscript%3E&go=next".utf8), Array("\(token)&go=sideways&ipmini-01=".utf8),
        ]
        let routes = [
            "/join", "/join/student", "/resume", "/q/1", "/q/99", "/q/-1", "/console/sessions",
            "/console/sessions/\(session.id)/roster", "/console/sessions/\(session.id)/close",
            "/console/sessions/999/delete", "/console/login",
        ]
        for route in routes {
            for body in bodies {
                for type in ["application/x-www-form-urlencoded", "multipart/form-data; boundary=", "text/plain"] {
                    let reply = try await test.send(
                        .post, route, body: body, cookies: student.cookies, headers: ["Content-Type": type])
                    #expect((200..<500).contains(reply.status), "\(route) \(type): \(reply.status)")
                    #expect(reply.headers[.contentType]?.hasPrefix("text/html") == true || reply.status == 303)
                }
            }
        }
    }
}
