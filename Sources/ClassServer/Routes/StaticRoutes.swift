import Hummingbird

/// The style sheet and the console's script. Only files named here are served: no path reaches
/// the file system.
struct StaticRoutes {
    static let files: [String: (type: String, bytes: [UInt8])] = [
        "serve.css": ("text/css; charset=utf-8", PackageResources.serve_css),
        "console.js": ("text/javascript; charset=utf-8", PackageResources.console_js),
    ]

    func add(to router: Router<ServerContext>) {
        router.get("/static/{file}") { _, context -> Response in
            guard let name = context.parameters.get("file"), let file = Self.files[name] else {
                throw ClientError.notFound
            }
            return Response(
                status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }
}
