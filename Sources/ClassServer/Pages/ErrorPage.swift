import HTTPTypes
import Hummingbird

/// The page for a refused request: what happened and what to do, with the right status.
enum ErrorPage {
    static func response(_ error: ClientError, language: UILanguage) -> Response {
        let html = PageLayout(language: language, title: error.title.text(language)).render(
            """
            <p>\(HTML.text(error.message.text(language)))</p>
            <p><a href="/">\(language == .es ? "Ir a la primera página" : "Go to the first page")</a></p>
            """)
        return Response.html(html, status: error.status)
    }
}

extension Response {
    /// An HTML page.
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect after a POST (303), so a reload does not send the form again.
    static func seeOther(_ location: String, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// A file to download.
    static func download(_ bytes: [UInt8], contentType: String, fileName: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: contentType, .contentDisposition: "attachment; filename=\"\(fileName)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
