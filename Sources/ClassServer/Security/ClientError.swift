import Hummingbird

/// A request the server refuses, with the page that tells the person why and what to do.
/// Never carries a name or an answer: only what the person already sent or can see.
struct ClientError: Error, Sendable {
    /// The status sent.
    var status: HTTPResponse.Status
    /// The page's heading.
    var title: LocalizedLine
    /// What happened and what to do.
    var message: LocalizedLine

    static func tooLarge(limit: Int) -> ClientError {
        ClientError(
            status: .contentTooLarge,
            title: .init(en: "Too much was sent", es: "Se envió demasiado"),
            message: .init(
                en: "The server accepts at most \(limit / 1024) KiB here. Go back and send less.",
                es: "El servidor acepta como máximo \(limit / 1024) KiB aquí. Vuelve atrás y envía menos."))
    }

    static let notFound = ClientError(
        status: .notFound, title: .init(en: "Page not found", es: "Página no encontrada"),
        message: .init(
            en: "There is no page at this address. Start again from the first page.",
            es: "No hay ninguna página en esta dirección. Vuelve a empezar desde la primera página."))

    static let badForm = ClientError(
        status: .forbidden, title: .init(en: "The form has expired", es: "El formulario ha caducado"),
        message: .init(
            en:
                "This form was not sent from this site's own page, or it is too old. Go back, reload the page and send it again.",
            es:
                "Este formulario no se envió desde una página de este sitio, o es demasiado antiguo. Vuelve atrás, recarga la página y envíalo de nuevo."
        ))

    static let notSignedIn = ClientError(
        status: .unauthorized, title: .init(en: "You are not signed in", es: "No has iniciado sesión"),
        message: .init(
            en: "Join with your class's code, or continue with your resume code, on the first page.",
            es: "Únete con el código de tu clase, o continúa con tu código para retomar, en la primera página."))

    static let tooManyTries = ClientError(
        status: .tooManyRequests, title: .init(en: "Too many tries", es: "Demasiados intentos"),
        message: .init(
            en:
                "Too many wrong codes were typed from this device. Wait five minutes, then check the code with your counselor.",
            es:
                "Se escribieron demasiados códigos incorrectos desde este dispositivo. Espera cinco minutos y comprueba el código con tu orientador."
        ))

    static let consoleRefused = ClientError(
        status: .forbidden, title: .init(en: "The console is not open here", es: "La consola no está abierta aquí"),
        message: .init(
            en:
                "The counselor's console opens only on the computer running career-report serve, unless it was started with --console-password.",
            es:
                "La consola del orientador solo se abre en el ordenador que ejecuta career-report serve, salvo que se inicie con --console-password."
        ))

    static let badHost = ClientError(
        status: .misdirectedRequest, title: .init(en: "Unknown server name", es: "Nombre de servidor desconocido"),
        message: .init(
            en: "Open this server by its IP address, localhost or this computer's own name.",
            es: "Abre este servidor por su dirección IP, localhost o el nombre de este ordenador."))

    /// A 400 with `message`.
    static func badRequest(_ message: LocalizedLine) -> ClientError {
        ClientError(
            status: .badRequest, title: .init(en: "Please check what you sent", es: "Revisa lo que enviaste"),
            message: message)
    }
}

/// One line of text in English and Spanish.
struct LocalizedLine: Sendable, Equatable {
    var en: String
    var es: String

    /// The text in `language` (`es`, else English).
    func text(_ language: UILanguage) -> String { language == .es ? es : en }
}
