import Foundation
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
    /// For pages seen without a staff session: the CSRF token its forms carry, set as a cookie to echo.
    var csrfCookie: String?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: text)))
        if let lang = setLanguageCookie {
            response.setCookie(.init(name: "lang", value: lang.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                                     httpOnly: true, sameSite: .lax))
        }
        if let csrfCookie {
            response.setCookie(.init(name: Gate.csrfCookie, value: csrfCookie, path: "/", secure: CookiePolicy.secure,
                                     httpOnly: true, sameSite: .strict))
        }
        return response
    }
}

/// Cookie flags: `Secure` unless `TALENTA_INSECURE_COOKIES=1` (plain-HTTP development on a LAN address;
/// browsers accept Secure cookies from http://localhost and 127.0.0.1).
enum CookiePolicy {
    static let secure = ProcessInfo.processInfo.environment["TALENTA_INSECURE_COOKIES"] != "1"
}

/// The page frame: header, navigation, language toggle, footer.
enum Layout {
    /// - Parameter staff: false on the participant's pages, which show no links to staff pages.
    static func page(title: String, lang: Language, path: String, refreshSeconds: Int? = nil, staff: Bool = true,
                     body: () -> String) -> HTML {
        let principal = Principal.current
        let role = principal?.role
        var nav: [(String, String)] = []
        if staff, let role, role != .participant {
            nav.append(("/", lang.pick("Beranda", "Home")))
            nav.append(("/kompetensi", lang.pick("Kamus Kompetensi", "Competency dictionary")))
            if role == .superAdmin || role == .nationalViewer {
                nav.append(("/nasional", lang.pick("Pencarian Talenta Nasional", "National talent search")))
            }
            if role == .superAdmin || role == .assessor { nav.append(("/bank", lang.pick("Bank Soal", "Item bank"))) }
            if role == .superAdmin || role == .instansiAdmin { nav.append(("/admin/import", lang.pick("Impor Data", "Import data"))) }
            if role == .superAdmin { nav.append(("/admin/akun", lang.pick("Akun", "Accounts"))) }
        }
        let links = nav.map { href, label in
            "<a href=\"\(href)\"\(href == path ? " aria-current=\"page\"" : "")>\(escape(label))</a>"
        }.joined()
        let toggle = "<a class=\"lang\" href=\"\(escape(path))?lang=\(lang.other.rawValue)\" hreflang=\"\(lang.other.rawValue)\">"
            + (lang == .id ? "English" : "Bahasa Indonesia") + "</a>"
        // Every form that changes something carries the CSRF token: the staff session's, or for anyone
        // else a fresh one that the response also sets as a cookie to echo.
        let token = principal?.csrfToken ?? Principal.incomingCSRF.flatMap { $0.count == 64 ? $0 : nil } ?? AccessToken.secret()
        var account = ""
        if let principal, principal.csrfToken != nil {
            account = "<span class=\"who\">\(escape(principal.name)) · \(escape(principal.role.label))</span>"
                + "<form class=\"logout\" method=\"post\" action=\"/keluar\"><button type=\"submit\">\(lang.pick("Keluar", "Sign out"))</button></form>"
        }
        let content = withCSRF(body(), token: token)
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
            <header class="top"><a class="brand" href="\(staff ? "/" : path)">Talenta</a><nav>\(links)</nav>\(withCSRF(account, token: token))\(toggle)</header>
            <main>
            \(content)
            </main>
            <footer>\(lang.pick("Talenta — manajemen talenta ASN yang objektif dan dapat diverifikasi.",
                                "Talenta — objective, verifiable talent management for the civil service."))</footer>
            </body>
            </html>
            """
        // Only a page with a form sets the cookie, so an error page or a favicon miss cannot replace it.
        let needsCookie = principal?.csrfToken == nil && content.contains("name=\"_csrf\"") && token != Principal.incomingCSRF
        return HTML(text: text, setLanguageCookie: lang, csrfCookie: needsCookie ? token : nil)
    }

    /// Adds the hidden `_csrf` field to every `<form method="post">` in `html`.
    static func withCSRF(_ html: String, token: String) -> String {
        guard html.contains("method=\"post\"") else { return html }
        var out = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<form ") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.lowerBound...].firstIndex(of: ">") else { break }
            let tag = rest[start.lowerBound...end]
            out += tag
            if tag.contains("method=\"post\"") { out += "<input type=\"hidden\" name=\"_csrf\" value=\"\(escape(token))\">" }
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }

    /// A table from a header and rows of already-escaped cell HTML.
    static func table(_ header: [String], _ rows: [[String]], id: String? = nil) -> String {
        let head = header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
        let body = rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table>"
    }
}
