import Hummingbird

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(ch)
        }
    }
    return out
}

/// A rendered HTML document.
struct HTML: ResponseGenerator {
    let text: String
    var setLanguageCookie: Language?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: text)))
        if let lang = setLanguageCookie {
            response.setCookie(.init(name: "lang", value: lang.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                     httpOnly: true))
        }
        return response
    }
}

/// The page frame: header, navigation, language toggle, footer.
enum Layout {
    /// - Parameter staff: false on the participant's pages, which show no links to staff pages.
    static func page(title: String, lang: Language, path: String, refreshSeconds: Int? = nil, staff: Bool = true,
                     body: () -> String) -> HTML {
        let nav = [("/", lang.pick("Beranda", "Home")), ("/kompetensi", lang.pick("Kamus Kompetensi", "Competency dictionary")),
                   ("/bank", lang.pick("Bank Soal", "Item bank")),
                   ("/admin/import", lang.pick("Impor Data", "Import data"))]
        let links = !staff ? "" : nav.map { href, label in
            "<a href=\"\(href)\"\(href == path ? " aria-current=\"page\"" : "")>\(escape(label))</a>"
        }.joined()
        let toggle = "<a class=\"lang\" href=\"\(escape(path))?lang=\(lang.other.rawValue)\" hreflang=\"\(lang.other.rawValue)\">"
            + (lang == .id ? "English" : "Bahasa Indonesia") + "</a>"
        let text = """
            <!doctype html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · Talenta</title>\(refreshSeconds.map { "\n<meta http-equiv=\"refresh\" content=\"\($0)\">" } ?? "")
            <link rel="stylesheet" href="/assets/talenta.css">
            </head>
            <body>
            <header class="top"><a class="brand" href="\(staff ? "/" : path)">Talenta</a><nav>\(links)</nav>\(toggle)</header>
            <main>
            \(body())
            </main>
            <footer>\(lang.pick("Talenta — manajemen talenta ASN yang objektif dan dapat diverifikasi.",
                                "Talenta — objective, verifiable talent management for the civil service."))</footer>
            </body>
            </html>
            """
        return HTML(text: text, setLanguageCookie: lang)
    }

    /// A table from a header and rows of already-escaped cell HTML.
    static func table(_ header: [String], _ rows: [[String]], id: String? = nil) -> String {
        let head = header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
        let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table>"
    }
}
