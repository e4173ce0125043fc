import Foundation
import Hummingbird
import HTTPTypes

/// An error a client caused or can act on, with the HTTP status chosen here and nowhere else.
///
/// API paths (`/api/...`) get a JSON body `{"error": {"message": ..., "field": ...}}`; pages get a
/// readable HTML page. Neither ever contains a stack trace.
struct AppError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let field: String?

    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            let data = try JSONEncoder().encode(ErrorBody(error: .init(message: message, field: field)))
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let lang = Language(request: request)
        let page = Layout.page(title: lang.pick("Terjadi kesalahan", "Something went wrong"), lang: lang,
                               path: request.uri.path) {
            "<h1>\(status.code) · \(escape(status.reasonPhrase))</h1><p class=\"error\">\(escape(message))</p>"
                + "<p><a href=\"/\">\(lang.pick("Kembali ke beranda", "Back to the home page"))</a></p>"
        }
        var response = try page.response(from: request, context: context)
        response.status = status
        return response
    }
}

/// The JSON shape of an API error.
struct ErrorBody: Codable {
    struct Detail: Codable {
        let message: String
        let field: String?
    }

    let error: Detail
}

/// Turns errors that are not `HTTPResponseError`s into a plain 500 without internals, and logs them.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            if error.status == .notFound && !(error is AppError) {
                throw AppError(.notFound, Language(request: request).pick("Halaman tidak ditemukan",
                                                                          "Page not found"))
            }
            throw error
        } catch {
            context.logger.error("unhandled error on \(request.uri.path): \(String(reflecting: error))")
            throw AppError(.internalServerError, "internal error; the details are in the server log")
        }
    }
}

/// Security headers on every response: a CSP that allows only Talenta's own assets (no inline script),
/// no framing, no MIME sniffing, no referrer outside Talenta.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do { response = try await next(request, context) } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }
}
