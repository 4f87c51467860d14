import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The outermost layer around every route: the Host and POST-source checks, the CSRF cookie,
/// refusals turned into clear pages, the security headers on every response, and one log line
/// per request naming the route's pattern (never a name, an answer or a query string).
struct ServerMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let requestGuard: RequestGuard

    func handle(
        _ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response
    ) async throws -> Response {
        let started = ContinuousClock.now
        var context = context
        context.csrfCookie = SiteCookie.csrf.value(in: request)
        context.csrfToken = context.csrfCookie ?? Secrets.token()
        context.language = UILanguage(
            code: request.uri.queryParameters.get("lang") ?? request.headers[.acceptLanguage])
        var response: Response
        do {
            try requestGuard.checkHost(request)
            if request.method == .post { try requestGuard.checkSource(request) }
            response = try await next(request, context)
        } catch let error as ClientError {
            response = ErrorPage.response(error, language: context.language)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            response = ErrorPage.response(.notFound, language: context.language)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            response = ErrorPage.response(.tooLarge(limit: FormBody.formLimit), language: context.language)
        } catch let error as HTTPError where error.status.code < 500 {
            response = ErrorPage.response(
                ClientError.badRequest(
                    .init(
                        en: "The request can't be read (\(error.status.code)).",
                        es: "La solicitud no se puede leer (\(error.status.code)).")),
                language: context.language)
        } catch {
            context.logger.error("\(request.method) \(context.endpointPath ?? "-"): \(error)")
            response = ErrorPage.response(
                ClientError(
                    status: .internalServerError,
                    title: .init(en: "Something went wrong", es: "Algo salió mal"),
                    message: .init(
                        en:
                            "The server could not finish this. Your saved answers are safe; go back and try again, or tell your counselor.",
                        es:
                            "El servidor no pudo terminar esto. Tus respuestas guardadas están a salvo; vuelve atrás e inténtalo de nuevo, o avisa a tu orientador."
                    )),
                language: context.language)
        }
        if context.csrfCookie == nil {
            response.headers.append(HTTPField(name: .setCookie, value: SiteCookie.csrf.set(context.csrfToken)))
        }
        SecurityHeaders.apply(to: &response)
        let elapsed = started.duration(to: .now)
        context.logger.debug(
            "\(request.method) \(context.endpointPath ?? "(no route)") \(response.status.code) \(elapsed.formatted(.units(allowed: [.milliseconds])))"
        )
        return response
    }
}
