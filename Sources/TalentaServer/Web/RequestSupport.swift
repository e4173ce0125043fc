import FluentKit
import Foundation
import Hummingbird

/// The lookups and decoding that every controller does the same way, with the same errors.
enum RequestSupport {
    /// The instansi named by the `{code}` path parameter, or a 404 naming the field.
    static func instansi(_ context: BasicRequestContext, on db: any Database) async throws -> Instansi {
        let code = try context.parameters.require("code")
        guard let instansi = try await OrganisationQueries.instansi(code: code, on: db) else {
            throw AppError(.notFound, "no instansi with code '\(code)'", field: "code")
        }
        return instansi
    }

    /// The session named by the `{session}` path parameter within `instansi`.
    static func session(_ instansi: Instansi, _ context: BasicRequestContext, on db: any Database) async throws -> TestSession {
        let code = try context.parameters.require("session")
        guard let session = try await ProctorQueries.session(instansi: instansi, code: code, on: db) else {
            throw AppError(.notFound, "no session '\(code)' in \(instansi.name)", field: "session")
        }
        return session
    }

    /// A JSON body of at most `limit` bytes, or a 400 naming the field. An empty body reads as `{}`.
    static func json<T: Decodable>(_ type: T.Type, _ request: Request, limit: Int = 256 * 1024) async throws -> T {
        var request = request
        let body = try await request.collectBody(upTo: limit)
        do {
            return try JSONDecoder().decode(T.self, from: body.readableBytes == 0 ? Data("{}".utf8) : Data(buffer: body))
        } catch {
            throw AppError(.badRequest, "invalid JSON body: \(describeDecoding(error))", field: decodingField(error))
        }
    }

    /// Decodes a JSON body, or an HTML form; the flag says which (a form's caller redirects back to a page).
    static func jsonOrForm<T: Decodable>(_ type: T.Type, _ request: Request, limit: Int = 16 * 1024) async throws -> (T, isForm: Bool) {
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
            return (try await json(type, request, limit: limit), false)
        }
        var request = request
        let body = try await request.collectBody(upTo: limit)
        do {
            return (try URLEncodedFormDecoder().decode(T.self, from: String(buffer: body)), true)
        } catch {
            throw AppError(.badRequest, "invalid form: \(describeDecoding(error))", field: decodingField(error))
        }
    }

    /// The fields of a URL-encoded form body (the last value of a repeated name wins). For forms whose field
    /// names are data (one field per post), which a fixed `Decodable` cannot describe.
    static func formFields(_ request: Request, limit: Int = 512 * 1024) async throws -> [String: String] {
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
            throw AppError(.unsupportedMediaType, "expected a form (application/x-www-form-urlencoded)", field: nil)
        }
        var request = request
        let body = String(buffer: try await request.collectBody(upTo: limit))
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}

extension Request {
    /// The value of the cookie called `name`, or nil. Reads the `Cookie` headers for that one name without
    /// parsing the other cookies into values (Hummingbird's `cookies` does, and the gate asks on every
    /// request). Like Hummingbird, the first cookie of that name counts, its value is what follows the first
    /// `=` as sent, and an empty value is none.
    ///
    /// It walks the headers' bytes in place: the gate asks twice on every request (the staff cookie, then the
    /// participant's), and splitting each header into an array of parts was a measurable share of a save.
    func cookie(_ name: String) -> String? {
        let name = name.utf8
        for field in headers where field.name == .cookie {
            let header = field.value
            let bytes = header.utf8
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.endIndex
                let pair = bytes[start..<end].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if pair.starts(with: name) {
                    let equals = pair.index(pair.startIndex, offsetBy: name.count)
                    if equals < pair.endIndex, pair[equals] == UInt8(ascii: "=") {
                        let value = pair[pair.index(after: equals)...]
                        return value.isEmpty ? nil : String(Substring(value))
                    }
                }
                start = end < bytes.endIndex ? bytes.index(after: end) : end
            }
        }
        return nil
    }
}
