import CareerModel
import Foundation
import Hummingbird
import ReportPipeline

/// The student's report: the page (the HTML renderer's output), its PDF, and its pictures.
/// Only the signed-in student's own report is ever served: no route takes a student id.
struct ReportRoutes {
    let server: ClassServer

    func add(to router: Router<ServerContext>) {
        router.get("/report") { _, _ -> Response in .seeOther("/report/index.html") }
        router.get("/report/index.html") { request, context -> Response in
            let (student, outcome) = try await finishedStudent(request)
            switch outcome {
            case .notMatched(let reason):
                return .html(StudentPages.notMatched(reason: reason, language: student.language))
            case .profile(let profile):
                let page = ReportPage(
                    rendered: try server.reports.render(profile, format: .html, language: student.language),
                    language: student.language)
                var response = Response.html(page.html)
                response.headers[.contentSecurityPolicy] = page.contentSecurityPolicy
                return response
            }
        }
        router.get("/report/career-report.pdf") { request, _ -> Response in
            let (student, outcome) = try await finishedStudent(request)
            guard case .profile(let profile) = outcome else { return .seeOther("/report") }
            return .download(
                try server.reports.render(profile, format: .pdf, language: student.language),
                contentType: "application/pdf", fileName: "career-report.pdf")
        }
        router.get("/report/{file}") { request, context -> Response in
            let student = try await StudentRoutes(server: server).requireStudent(request)
            guard let name = context.parameters.get("file"),
                let bytes = server.reports.sharedFile(named: name, language: student.language)
            else { throw ClientError.notFound }
            let type = name.lowercased().hasSuffix(".png") ? "image/png" : "image/jpeg"
            return Response(
                status: .ok, headers: [.contentType: type],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// What a finished student's answers give.
    enum Outcome {
        case profile(StudentProfile)
        case notMatched(String)
    }

    /// The signed-in student, who must have finished, and their report's profile (or why there is none).
    private func finishedStudent(_ request: Request) async throws -> (StudentSession, Outcome) {
        let student = try await StudentRoutes(server: server).requireStudent(request)
        guard let finished = student.finishedAt else {
            throw ClientError(
                status: .conflict, title: .init(en: "Not finished yet", es: "Todavía no has terminado"),
                message: .init(
                    en: "Your report is ready once you have answered every page. Continue from the first page.",
                    es: "Tu informe estará listo cuando respondas todas las páginas. Continúa desde la primera página.")
            )
        }
        let pages = StudentRoutes(server: server).pages(student)
        let result = StudentResult(
            answers: try await server.store.answers(studentRowID: student.id), list: pages.list,
            seconds: finished.timeIntervalSince(student.startedAt))
        if let reason = result.notMatchedReason { return (student, .notMatched(reason)) }
        let name = try await server.store.rosterName(sessionID: student.sessionID, studentID: student.studentID)
        guard let profile = result.profile(studentID: student.studentID, name: name, finished: finished) else {
            return (student, .notMatched("no interest scores"))
        }
        return (student, .profile(profile))
    }
}
