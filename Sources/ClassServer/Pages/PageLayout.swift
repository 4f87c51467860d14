/// The frame of every page the server writes: language, title, the one style sheet
/// (`/static/serve.css`, no inline style or script), and the heading.
struct PageLayout {
    var language: UILanguage
    var title: String
    /// Scripts of this server's own (`/static/...`), loaded deferred; pages work without them.
    var scripts: [String] = []

    /// The whole document around `body` (already escaped markup).
    func render(_ body: String) -> String {
        let scriptTags = scripts.map { "<script src=\"\($0)\" defer></script>\n" }.joined()
        return """
            <!doctype html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            \(scriptTags)<title>\(HTML.text(title)) · CareerReport</title>
            <link rel="stylesheet" href="/static/serve.css">
            </head>
            <body class="site">
            <header class="site"><p class="brand">CareerReport</p></header>
            <main>
            <h1>\(HTML.text(title))</h1>
            \(body)
            </main>
            </body>
            </html>

            """
    }
}

/// A form that posts to `action` with the CSRF token in a hidden field.
func postForm(_ action: String, csrf: String, attributes: String = "", _ content: String) -> String {
    """
    <form method="post" action="\(HTML.attribute(action))"\(attributes)>
    <input type="hidden" name="csrf" value="\(HTML.attribute(csrf))">
    \(content)
    </form>
    """
}
