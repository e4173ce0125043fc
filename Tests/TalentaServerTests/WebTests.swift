import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer

@Suite("Web pages and API")
struct WebTests {
    func withDemoApp(_ backend: TestBackend, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void)
        async throws {
        try await backend.withDatabase { database in
            try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database))
            try await app.test(.router, body)
        }
    }

    @Test(arguments: TestBackend.all)
    func landingPageShowsWhatExistsInIndonesian(_ backend: TestBackend) async throws {
        try await withDemoApp(backend) { client in
            let admin = try await AsStaff.signIn(client, "admin")
            try await admin.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(html.contains("<html lang=\"id\">"))
                #expect(html.contains("Pemerintah Kota Serang"))
                #expect(html.contains("Pemerintah Provinsi Banten"))
                #expect(html.contains("Jabatan kosong"))
                #expect(!html.contains("<script"))
            }
            try await admin.execute(uri: "/?lang=en", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"en\">"))
                #expect(html.contains("Vacant posts"))
                #expect(response.headers[.setCookie]?.contains("lang=en") == true)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func organisationAndOfficialPages(_ backend: TestBackend) async throws {
        try await withDemoApp(backend) { client in
            let admin = try await AsStaff.signIn(client, "admin")
            try await admin.execute(uri: "/instansi/kota-serang", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("Kepala Dinas Kesehatan"))
                #expect(html.contains("Dinas Perpustakaan dan Kearsipan"))
                #expect(html.components(separatedBy: "/pegawai/").count - 1 >= 26)
            }
            let org = try await admin.execute(uri: "/api/instansi/kota-serang", method: .get)
            let json = try JSONSerialization.jsonObject(with: Data(buffer: org.body)) as? [String: Any]
            let officials = try #require(json?["officials"] as? [[String: Any]])
            #expect(officials.count == 26)
            let nip = try #require(officials.first?["nip"] as? String)
            try await admin.execute(uri: "/instansi/kota-serang/pegawai/\(nip)", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("Riwayat jabatan"))
                #expect(html.contains("Predikat kinerja"))
            }
            // Another tenant's official is not found under this instansi.
            let banten = try await admin.execute(uri: "/api/instansi/prov-banten", method: .get)
            let bantenJSON = try JSONSerialization.jsonObject(with: Data(buffer: banten.body)) as? [String: Any]
            let bantenNIP = try #require((bantenJSON?["officials"] as? [[String: Any]])?.first?["nip"] as? String)
            try await admin.execute(uri: "/instansi/kota-serang/pegawai/\(bantenNIP)", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func unknownPagesAreReadable404s(_ backend: TestBackend) async throws {
        try await withDemoApp(backend) { client in
            let admin = try await AsStaff.signIn(client, "admin")
            try await admin.execute(uri: "/instansi/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("no instansi with code"))
            }
            try await admin.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("Halaman tidak ditemukan"))
            }
            try await admin.execute(uri: "/api/instansi/nope", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(String(buffer: response.body).contains("\"field\":\"code\""))
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func importAPIReportsRowsAsJSON(_ backend: TestBackend) async throws {
        try await withDemoApp(backend) { client in
            let admin = try await AsStaff.signIn(client, "admin")
            let csv = "nip;tahun;predikat\n197503152000031002;2025;Baik\n"
            try await admin.execute(uri: "/api/instansi/kota-serang/import/performance", method: .post,
                                     body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .unprocessableContent)
                let report = try JSONDecoder().decode(ImportReport.self, from: Data(buffer: response.body))
                #expect(report.issues.first?.line == 2)
                #expect(report.issues.first?.column == "nip")
            }
            try await admin.execute(uri: "/api/instansi/kota-serang/import/gaji", method: .post,
                                     body: ByteBuffer(string: csv)) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("\"field\":\"kind\""))
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func uploadPageImportsAMultipartFile(_ backend: TestBackend) async throws {
        try await withDemoApp(backend) { client in
            let admin = try await AsStaff.signIn(client, "admin")
            let boundary = "----talenta-test"
            let csv = "nip;nama;golongan\n199001012015031001;Pegawai Baru;III/c\nbad;Salah;IV/a\n"
            let body = """
                --\(boundary)\r
                Content-Disposition: form-data; name="kind"\r
                \r
                employees\r
                --\(boundary)\r
                Content-Disposition: form-data; name="file"; filename="pegawai.csv"\r
                Content-Type: text/csv\r
                \r
                \(csv)\r
                --\(boundary)--\r

                """
            try await admin.execute(uri: "/instansi/kota-serang/impor", method: .post,
                                     headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                                     body: ByteBuffer(string: body)) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("Sebagian baris ditolak"))
                #expect(html.contains("1 baru"))
                #expect(html.contains("NIP may contain only digits"))
            }
            try await admin.execute(uri: "/instansi/kota-serang/impor", method: .get) { response in
                #expect(String(buffer: response.body).contains("enctype=\"multipart/form-data\""))
            }
            // The super admin chooses the instansi first; an instansi admin goes straight to their own.
            try await admin.execute(uri: "/admin/import", method: .get) { response in
                #expect(String(buffer: response.body).contains("/instansi/prov-banten/impor"))
            }
            let serang = try await AsStaff.signIn(client, "serang.admin")
            try await serang.execute(uri: "/admin/import", method: .get) { response in
                #expect(response.headers[.location] == "/instansi/kota-serang/impor")
            }
        }
    }

    @Test func healthReportsTheDatabase() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let app = Application(router: buildRouter(database: database))
            try await app.test(.router) { client in
                try await client.execute(uri: "/health", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = String(buffer: response.body)
                    #expect(body.contains("\"status\":\"ok\""))
                    #expect(body.contains("\"database\":\"sqlite\""))
                }
            }
        }
    }
}

extension WebTests {
    /// Every API route the app registers is in the OpenAPI document it serves, with its method.
    @Test func theOpenAPIDocumentCoversTheAPI() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let (router, gate) = buildRouterAndGate(AppServices(database: database, clock: ManualClock()))
            let app = Application(router: router)
            try await app.test(.router) { client in
                let response = try await client.execute(uri: "/openapi.json", method: .get)
                #expect(response.status == .ok)
                let doc = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(doc["openapi"] as? String == "3.1.0")
                let paths = try #require(doc["paths"] as? [String: [String: Any]])
                let api = gate.entries.filter {
                    $0.path.hasPrefix("/api/") || $0.path == "/health" || ($0.method == .post && ["/ujian/masuk", "/masuk"].contains($0.path))
                }
                #expect(api.count > 20)
                for entry in api {
                    let method = entry.method.rawValue.lowercased()
                    #expect(paths[entry.path]?[method] != nil, "\(entry.method) \(entry.path) is not in openapi.json")
                }
            }
        }
    }
}
