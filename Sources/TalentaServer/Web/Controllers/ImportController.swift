import Foundation
import Hummingbird
import MultipartKit

/// The spreadsheet import: an admin upload page, and the same as a JSON API.
///
/// `POST /api/instansi/{code}/import/{kind}?dry_run=1` takes the CSV as the raw request body and answers
/// with the import report (200 when every row was taken, 422 when some were rejected).
struct ImportController: Sendable {
    let database: TalentaDatabase
    /// The largest file accepted: a national employee list of ~100,000 rows fits comfortably.
    static let maxFileSize = 32 * 1024 * 1024

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let admins = Access([.superAdmin, .instansiAdmin], tenant: .instansi("code"))
        router.add(.get, "/admin/import", Access([.superAdmin, .instansiAdmin]), gate: gate, use: chooser)
        router.add(.get, "/instansi/{code}/impor", admins, gate: gate, use: form)
        router.add(.post, "/instansi/{code}/impor", admins, gate: gate, use: upload)
        router.add(.post, "/api/instansi/{code}/import/{kind}", admins, gate: gate, use: api)
    }

    /// An instansi admin goes straight to their instansi's upload; the super admin chooses one.
    @Sendable func chooser(_ request: Request, context: BasicRequestContext) async throws -> Response {
        if let id = Principal.current?.instansiID, let instansi = try await Instansi.find(id, on: database.db) {
            return Response(status: .seeOther, headers: [.location: "/instansi/\(instansi.code)/impor"])
        }
        return try ImportPage.chooser(try await OrganisationQueries.summaries(on: database.db), lang: Language(request: request))
            .response(from: request, context: context)
    }

    @Sendable func form(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        return ImportPage.render(instansi: instansi, report: nil, lang: Language(request: request))
    }

    struct UploadForm: Decodable {
        let kind: String
        let file: Data
        let dryRun: String?

        enum CodingKeys: String, CodingKey {
            case kind, file
            case dryRun = "dry_run"
        }
    }

    @Sendable func upload(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let lang = Language(request: request)
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        guard let contentType = request.headers[.contentType],
              let boundary = contentType.split(separator: ";").lazy
                .map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.hasPrefix("boundary=") })?.dropFirst("boundary=".count) else {
            throw AppError(.badRequest, "the upload must be sent as multipart/form-data", field: "file")
        }
        let body = try await collect(request)
        let form: UploadForm
        do {
            form = try FormDataDecoder().decode(UploadForm.self, from: body,
                                                boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        } catch {
            throw AppError(.badRequest, "the form is incomplete: choose a kind and a file", field: "file")
        }
        let kind = try recordKind(form.kind)
        let report = try await runImport(kind: kind, bytes: Array(form.file), instansi: instansi.code,
                                         dryRun: form.dryRun != nil)
        return ImportPage.render(instansi: instansi, report: report, lang: lang)
    }

    @Sendable func api(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let kind = try recordKind(try context.parameters.require("kind"))
        let code = try context.parameters.require("code")
        let dryRun = ["1", "true", "yes"].contains(request.uri.queryParameters.get("dry_run") ?? "")
        let body = try await collect(request)
        let report = try await runImport(kind: kind, bytes: Array(buffer: body), instansi: code, dryRun: dryRun)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Response(status: report.allTaken ? .ok : .unprocessableContent,
                        headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(report))))
    }

    private func collect(_ request: Request) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: Self.maxFileSize)
        } catch {
            throw AppError(.contentTooLarge, "the file is larger than \(Self.maxFileSize / 1024 / 1024) MB", field: "file")
        }
    }

    private func recordKind(_ text: String) throws -> RecordKind {
        guard let kind = RecordKind(rawValue: text) else {
            throw AppError(.badRequest, "unknown import kind '\(text)'; use \(RecordKind.choices)",
                           field: "kind")
        }
        return kind
    }

    private func runImport(kind: RecordKind, bytes: [UInt8], instansi: String, dryRun: Bool) async throws -> ImportReport {
        do {
            return try await RecordImporter(database: database).run(kind: kind, bytes: bytes, instansiCode: instansi,
                                                                    dryRun: dryRun)
        } catch let failure as ImportFailure {
            throw AppError(.notFound, failure.description, field: "instansi")
        }
    }
}
