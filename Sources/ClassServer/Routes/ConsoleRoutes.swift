import CareerModel
import Foundation
import Hummingbird
import Logging
import Questionnaire

/// The counselor's console under `/console`: served to this machine (loopback) only, or to a
/// signed-in browser when the server was started with `--console-password`.
struct ConsoleRoutes {
    let server: ClassServer

    func add(to router: Router<ServerContext>) {
        router.get("/console/login") { _, context -> Response in
            guard server.settings.consolePassword != nil else { throw ClientError.consoleRefused }
            return .html(ConsolePages.login(csrf: context.csrfToken))
        }
        router.post("/console/login") { request, context -> Response in
            guard let password = server.settings.consolePassword else { throw ClientError.consoleRefused }
            var request = request
            let form = try await readForm(&request, context: context)
            guard server.joinLimiter.allows(context.clientKey) else { throw ClientError.tooManyTries }
            guard Secrets.constantTimeEqual(SHA256.hex(form["password"] ?? ""), SHA256.hex(password)) else {
                server.joinLimiter.recordFailure(context.clientKey)
                context.logger.warning("console: wrong password from \(context.clientKey)")
                return .html(
                    ConsolePages.login(csrf: context.csrfToken, problem: "That is not the console password."),
                    status: .unauthorized)
            }
            return .seeOther("/console", cookies: [SiteCookie.console.set(server.consoleLogins.signIn())])
        }
        router.get("/console") { request, context -> Response in
            try allow(request, context)
            return .html(ConsolePages.home(sessions: try await server.store.sessions(), csrf: context.csrfToken))
        }
        router.post("/console/sessions") { request, context -> Response in
            try allow(request, context)
            var request = request
            let form = try await readForm(&request, context: context)
            let title = String((form["title"] ?? "").prefix(80))
            guard !title.isEmpty else {
                throw ClientError.badRequest(.init(en: "Give the session a name.", es: "Pon un nombre a la sesión."))
            }
            let formName = form["form"] == InterestForm.mini.rawValue ? InterestForm.mini : .short
            let session = try await server.store.createSession(title: title, form: formName.rawValue)
            context.logger.info("console: session \(session.id) opened (\(formName.rawValue) form)")
            return .seeOther("/console/sessions/\(session.id)")
        }
        router.get("/console/sessions/{id}") { request, context -> Response in
            try allow(request, context)
            let session = try await session(context)
            return .html(
                ConsolePages.session(
                    session, counts: try await counts(session),
                    rosterCount: try await server.store.roster(sessionID: session.id).count,
                    addresses: studentAddresses(request), csrf: context.csrfToken,
                    notice: request.uri.queryParameters.get("notice").flatMap(Self.notices.index(forKey:)).map {
                        Self.notices[$0].value
                    }))
        }
        router.get("/console/sessions/{id}/counts.json") { request, context -> Response in
            try allow(request, context)
            let counts = try await counts(try await session(context))
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(
                        string:
                            "{\"started\":\(counts.started),\"finished\":\(counts.finished),\"flagged\":\(counts.flagged)}"
                    )))
        }
        router.post("/console/sessions/{id}/roster") { request, context -> Response in
            try allow(request, context)
            let session = try await session(context)
            var request = request
            let body = try await FormBody.body(of: &request, limit: FormBody.uploadLimit)
            let upload = try MultipartForm(
                body: Array(body.readableBytesView), contentType: request.headers[.contentType] ?? "")
            guard let sent = upload["csrf"], let cookie = context.csrfCookie,
                Secrets.constantTimeEqual(String(decoding: sent.bytes, as: UTF8.self), cookie)
            else { throw ClientError.badForm }
            guard let file = upload["roster"], !file.bytes.isEmpty else {
                throw ClientError.badRequest(.init(en: "Choose a roster file first.", es: "Elige primero un archivo."))
            }
            let classID = upload["class"].map { String(decoding: $0.bytes, as: UTF8.self) }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let roster = try RosterUpload(
                bytes: file.bytes, classID: classID?.isEmpty == false ? classID : nil,
                scratch: server.settings.dataFolder.appendingPathComponent("tmp"))
            guard !roster.names.isEmpty else {
                throw ClientError.badRequest(
                    .init(
                        en: "The roster has no usable rows. \(roster.problems.prefix(5).joined(separator: "; "))",
                        es: "La lista no tiene filas utilizables. \(roster.problems.prefix(5).joined(separator: "; "))")
                )
            }
            try await server.store.setRoster(roster.names, sessionID: session.id)
            context.logger.info("console: session \(session.id): roster of \(roster.names.count) loaded")
            let html = ConsolePages.session(
                session, counts: try await counts(session), rosterCount: roster.names.count,
                addresses: studentAddresses(request), csrf: context.csrfToken,
                notice: "Loaded \(roster.names.count) students."
                    + (roster.problems.isEmpty
                        ? ""
                        : " Left out \(roster.problems.count): \(roster.problems.prefix(10).joined(separator: "; "))"))
            return .html(html)
        }
        router.post("/console/sessions/{id}/close") { request, context -> Response in
            try allow(request, context)
            var request = request
            _ = try await readForm(&request, context: context)
            let session = try await session(context)
            try await server.store.closeSession(id: session.id)
            context.logger.info("console: session \(session.id) closed")
            return .seeOther("/console/sessions/\(session.id)?notice=closed")
        }
        router.post("/console/sessions/{id}/delete") { request, context -> Response in
            try allow(request, context)
            var request = request
            let form = try await readForm(&request, context: context)
            let session = try await session(context)
            guard form["confirm"] == "yes" else {
                throw ClientError.badRequest(
                    .init(
                        en: "Tick the box to confirm the deletion.", es: "Marca la casilla para confirmar el borrado."))
            }
            try await server.store.deleteSession(id: session.id)
            context.logger.info("console: session \(session.id) deleted")
            return .seeOther("/console")
        }
        router.get("/console/sessions/{id}/responses.csv") { request, context -> Response in
            try allow(request, context)
            let session = try await session(context)
            let students = try await server.store.studentsWithAnswers(sessionID: session.id)
            let csv = ResponsesCSV.make(students) { server.reports.pages(form: $0.form, language: $0.language) }
            return .download(
                Array(csv.utf8), contentType: "text/csv; charset=utf-8", fileName: "responses-session-\(session.id).csv"
            )
        }
        router.get("/console/sessions/{id}/reports.zip") { request, context -> Response in
            try allow(request, context)
            let session = try await session(context)
            var profiles: [(StudentProfile, UILanguage)] = []
            for (student, answers) in try await server.store.studentsWithAnswers(sessionID: session.id) {
                guard let finished = student.finishedAt else { continue }
                let result = StudentResult(
                    answers: answers, list: server.reports.pages(form: student.form, language: student.language).list,
                    seconds: finished.timeIntervalSince(student.startedAt))
                let name = try await server.store.rosterName(sessionID: session.id, studentID: student.studentID)
                if let profile = result.profile(studentID: student.studentID, name: name, finished: finished) {
                    profiles.append((profile, student.language))
                }
            }
            guard !profiles.isEmpty else {
                throw ClientError(
                    status: .conflict, title: .init(en: "No reports yet", es: "Aún no hay informes"),
                    message: .init(
                        en: "No student of this session has finished with answers a report can be made from.",
                        es: "Ningún estudiante de esta sesión ha terminado con respuestas para un informe."))
            }
            let folder = server.settings.dataFolder.appendingPathComponent("tmp")
                .appendingPathComponent("zip-\(Secrets.token().prefix(16))")
            defer { try? FileManager.default.removeItem(at: folder) }
            let bytes = try server.reports.archive(profiles, in: folder)
            context.logger.info("console: session \(session.id): \(profiles.count) reports downloaded")
            return .download(bytes, contentType: "application/zip", fileName: "reports-session-\(session.id).zip")
        }
    }

    static let notices = ["closed": "The session is closed."]

    /// The addresses students type, for the projected session page: this machine's network
    /// addresses when the server listens on all of them, else the address it listens on.
    private func studentAddresses(_ request: Request) -> [String] {
        let port = request.head.authority.flatMap { $0.split(separator: ":").last.flatMap { Int($0) } } ?? 80
        let hosts =
            ["0.0.0.0", "::"].contains(server.settings.host)
            ? ClassServer.networkAddresses() : [server.settings.host]
        return (hosts.isEmpty ? ["127.0.0.1"] : hosts).map { "http://\($0.contains(":") ? "[\($0)]" : $0):\(port)/" }
    }

    /// Refuses the console to a browser that is neither on this machine nor signed in.
    private func allow(_ request: Request, _ context: ServerContext) throws {
        if context.isLoopback { return }
        guard server.settings.consolePassword != nil else { throw ClientError.consoleRefused }
        guard server.consoleLogins.isSignedIn(SiteCookie.console.value(in: request)) else {
            throw ClientError(
                status: .unauthorized, title: .init(en: "Sign in first", es: "Inicia sesión primero"),
                message: .init(
                    en: "Open /console/login and type the console password.",
                    es: "Abre /console/login y escribe la contraseña de la consola."))
        }
    }

    private func session(_ context: ServerContext) async throws -> ClassSession {
        guard let id = context.parameters.get("id", as: Int64.self),
            let session = try await server.store.session(id: id)
        else { throw ClientError.notFound }
        return session
    }

    private func counts(_ session: ClassSession) async throws -> ConsolePages.Counts {
        var counts = ConsolePages.Counts()
        for (student, answers) in try await server.store.studentsWithAnswers(sessionID: session.id) {
            counts.started += 1
            guard let finished = student.finishedAt else { continue }
            counts.finished += 1
            let result = StudentResult(
                answers: answers, list: server.reports.pages(form: student.form, language: student.language).list,
                seconds: finished.timeIntervalSince(student.startedAt))
            if !result.flags.isEmpty || result.notMatchedReason != nil { counts.flagged += 1 }
        }
        return counts
    }
}
