import CareerInput
import Foundation
import Hummingbird
import Logging
import Questionnaire

/// Joining, resuming and answering: the student's road from the class code to the last page.
struct StudentRoutes {
    let server: ClassServer
    /// A student's cookie lasts a week; the resume code works as long as the data is kept.
    static let cookieDays = 7

    func add(to router: Router<ServerContext>) {
        router.get("/") { request, context -> Response in
            if let student = try await signedIn(request) { return .seeOther(whereToContinue(student)) }
            return .html(StudentPages.join(language: context.language, csrf: context.csrfToken))
        }
        router.post("/join") { request, context -> Response in
            var request = request
            let form = try await readForm(&request, context: context)
            let language = UILanguage(code: form["lang"])
            let session = try await openSession(code: form["code"] ?? "", context: context)
            guard let session else {
                return .html(
                    StudentPages.join(
                        language: language, csrf: context.csrfToken,
                        problem: language == .es
                            ? "Ninguna clase abierta tiene ese código. Compruébalo con tu orientador."
                            : "No open class has that code. Check it with your counselor."),
                    status: .badRequest)
            }
            return .html(
                StudentPages.whoAreYou(
                    language: language, csrf: context.csrfToken, code: session.joinCode,
                    roster: try await server.store.roster(sessionID: session.id)))
        }
        router.post("/join/student") { request, context -> Response in
            var request = request
            let form = try await readForm(&request, context: context)
            let language = UILanguage(code: form["lang"])
            guard let session = try await openSession(code: form["code"] ?? "", context: context) else {
                throw ClientError.badRequest(
                    .init(
                        en: "This class is no longer open, or its code is wrong. Check it with your counselor.",
                        es: "Esta clase ya no está abierta, o su código es incorrecto. Compruébalo con tu orientador."))
            }
            let roster = try await server.store.roster(sessionID: session.id)
            let studentID = form["student"] ?? ""
            func again(_ en: String, _ es: String) -> Response {
                .html(
                    StudentPages.whoAreYou(
                        language: language, csrf: context.csrfToken, code: session.joinCode, roster: roster,
                        problem: language == .es ? es : en), status: .badRequest)
            }
            if roster.isEmpty {
                if let problem = StudentID.problem(with: studentID) {
                    return again(
                        "Your student ID can't be used: \(problem).", "Tu ID de estudiante no sirve: \(problem).")
                }
            } else if !roster.contains(where: { $0.studentID == studentID }) {
                return again("Choose your name from the list.", "Elige tu nombre de la lista.")
            }
            do {
                let (student, token) = try await server.store.startStudent(
                    sessionID: session.id, studentID: studentID, language: language)
                context.logger.info("student \(student.studentID) joined session \(session.id)")
                return .seeOther(
                    "/welcome", cookies: [SiteCookie.student.set(token, maxAge: Self.cookieDays * 86400)])
            } catch StoreError.alreadyStarted {
                return again(
                    "This student has already started. To continue, use the resume code on the first page.",
                    "Este estudiante ya empezó. Para continuar, usa el código para retomar en la primera página.")
            }
        }
        router.post("/resume") { request, context -> Response in
            var request = request
            let form = try await readForm(&request, context: context)
            let language = UILanguage(code: form["lang"])
            guard server.joinLimiter.allows(context.clientKey) else { throw ClientError.tooManyTries }
            guard
                let (student, token) = try await server.store.resume(code: Secrets.normalizedCode(form["resume"] ?? ""))
            else {
                server.joinLimiter.recordFailure(context.clientKey)
                return .html(
                    StudentPages.join(
                        language: language, csrf: context.csrfToken,
                        problem: language == .es
                            ? "Ese código para retomar no existe. Compruébalo (son 10 letras y números)."
                            : "That resume code does not exist. Check it (it is 10 letters and digits)."),
                    status: .badRequest)
            }
            context.logger.info("student \(student.studentID) resumed in session \(student.sessionID)")
            return .seeOther(
                whereToContinue(student), cookies: [SiteCookie.student.set(token, maxAge: Self.cookieDays * 86400)])
        }
        router.get("/welcome") { request, _ -> Response in
            let student = try await requireStudent(request)
            return .html(
                StudentPages.welcome(
                    language: student.language, resumeCode: student.resumeCode, pages: pages(student).pages.count))
        }
        router.get("/q/{page}") { request, context -> Response in
            let student = try await requireStudent(request)
            let pages = pages(student)
            let page = try reachablePage(context, student: student, pages: pages)
            let session = try await server.store.session(id: student.sessionID)
            return .html(
                StudentPages.questions(
                    page, of: pages, answers: try await server.store.answers(studentRowID: student.id),
                    language: student.language, csrf: context.csrfToken, resumeCode: student.resumeCode,
                    closed: session?.isOpen != true))
        }
        router.post("/q/{page}") { request, context -> Response in
            var request = request
            let form = try await readForm(&request, context: context)
            let student = try await requireStudent(request)
            let pages = pages(student)
            let page = try reachablePage(context, student: student, pages: pages)
            guard try await server.store.session(id: student.sessionID)?.isOpen == true else {
                throw ClientError(
                    status: .forbidden,
                    title: .init(en: "The class session is closed", es: "La sesión de la clase está cerrada"),
                    message: .init(
                        en: "Answers can no longer be changed. Your report stays readable.",
                        es: "Ya no se pueden cambiar las respuestas. Tu informe se puede seguir leyendo."))
            }
            var answers: [String: String] = [:]
            for question in page.questions {
                guard let sent = form[question.id], !sent.isEmpty else { continue }
                guard let value = QuestionPages.accepted(sent, for: question) else {
                    throw ClientError.badRequest(
                        .init(
                            en:
                                "Question \(question.number) got an answer it does not offer. Go back and choose one of its answers.",
                            es:
                                "La pregunta \(question.number) recibió una respuesta que no ofrece. Vuelve atrás y elige una de sus respuestas."
                        ))
                }
                answers[question.id] = value
            }
            let last = page.number == pages.pages.count
            let back = form["go"] == "back"
            try await server.store.savePage(
                studentRowID: student.id, questions: page.questions.map(\.id), answers: answers, page: page.number,
                finished: last && !back)
            if last && !back {
                context.logger.info("student \(student.studentID) finished session \(student.sessionID)")
                return .seeOther("/report")
            }
            return .seeOther("/q/\(back ? max(page.number - 1, 1) : page.number + 1)")
        }
    }

    /// Where a returning student goes on: their report once finished, else the page after the last saved.
    private func whereToContinue(_ student: StudentSession) -> String {
        student.finishedAt != nil ? "/report" : "/q/\(min(student.page + 1, pages(student).pages.count))"
    }

    /// The questionnaire of the student's session, in their language.
    func pages(_ student: StudentSession) -> QuestionPages {
        server.reports.pages(form: student.form, language: student.language)
    }

    /// The page the route names, if the student may open it: any page up to one past the furthest saved.
    private func reachablePage(_ context: ServerContext, student: StudentSession, pages: QuestionPages) throws
        -> QuestionPages.Page
    {
        guard let number = context.parameters.get("page", as: Int.self), let page = pages.page(number) else {
            throw ClientError.notFound
        }
        guard number <= student.page + 1 else {
            throw ClientError(
                status: .conflict, title: .init(en: "Not that page yet", es: "Todavía no esa página"),
                message: .init(
                    en: "Answer the pages in order. Your next page is \(student.page + 1).",
                    es: "Responde las páginas en orden. Tu siguiente página es la \(student.page + 1)."))
        }
        return page
    }

    /// The open session with `code` (as typed); counts a wrong code against the client's limit.
    private func openSession(code: String, context: ServerContext) async throws -> ClassSession? {
        guard server.joinLimiter.allows(context.clientKey) else { throw ClientError.tooManyTries }
        let session = try await server.store.openSession(joinCode: Secrets.normalizedCode(code))
        if session == nil { server.joinLimiter.recordFailure(context.clientKey) }
        return session
    }

    private func signedIn(_ request: Request) async throws -> StudentSession? {
        guard let token = SiteCookie.student.value(in: request) else { return nil }
        return try await server.store.student(token: token)
    }

    /// The signed-in student, or a 401 page.
    func requireStudent(_ request: Request) async throws -> StudentSession {
        guard let student = try await signedIn(request) else { throw ClientError.notSignedIn }
        return student
    }
}

/// Reads a POST's form under the size cap and checks its CSRF token.
func readForm(_ request: inout Request, context: ServerContext) async throws -> FormBody {
    let form = try await FormBody.read(&request)
    try RequestGuard.checkToken(form, context: context)
    return form
}
