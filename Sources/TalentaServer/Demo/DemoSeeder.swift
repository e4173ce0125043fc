import FluentKit
import Foundation
import TalentDomain

/// Seeds the demo tenants through the same spreadsheet import a BKD clerk uses, so the demo is also an
/// end-to-end run of the importer. Idempotent: running it again updates the same records.
public struct DemoSeeder: Sendable {
    let database: TalentaDatabase
    /// bcrypt cost of the demo accounts' passwords (the tests use the minimum, 4).
    let bcryptCost: UInt8

    public init(database: TalentaDatabase, bcryptCost: UInt8 = 12) {
        self.database = database
        self.bcryptCost = bcryptCost
    }

    /// The demo's staff accounts, one per role, with passwords published for the demo only.
    public struct StaffLogin: Sendable {
        public let username: String
        public let password: String
        let role: Role
        let instansi: String?
        public var roleName: String { role.rawValue }
    }

    public static let staff: [StaffLogin] = [
        StaffLogin(username: "admin", password: "demo-admin-talenta", role: .superAdmin, instansi: nil),
        StaffLogin(username: "nasional", password: "demo-nasional-bkn", role: .nationalViewer, instansi: nil),
        StaffLogin(username: "asesor", password: "demo-asesor-bkn", role: .assessor, instansi: nil),
        StaffLogin(username: "serang.admin", password: "demo-serang-admin", role: .instansiAdmin, instansi: "kota-serang"),
        StaffLogin(username: "serang.pimpinan", password: "demo-serang-pimpinan", role: .pimpinan, instansi: "kota-serang"),
        StaffLogin(username: "serang.pengawas", password: "demo-serang-pengawas", role: .proctor, instansi: "kota-serang"),
        StaffLogin(username: "tangerang.pimpinan", password: "demo-tangerang-pimpinan", role: .pimpinan, instansi: "kota-tangerang"),
        StaffLogin(username: "banten.admin", password: "demo-banten-admin", role: .instansiAdmin, instansi: "prov-banten"),
    ]

    static let organisations: [DemoOrganisation] = [.kotaSerang, .provinsiBanten, .kotaTangerang]

    /// Seeds every demo instansi, the item bank and the Kota Serang test day; returns the import reports,
    /// in the order they ran, and the demo participant logins.
    @discardableResult
    public func seed(clock: any ServerClock = LiveClock()) async throws -> (reports: [ImportReport], logins: [DemoLogin]) {
        var reports: [ImportReport] = []
        for organisation in Self.organisations {
            try await upsertInstansi(organisation)
            let importer = RecordImporter(database: database)
            for (kind, csv) in organisation.sheets() {
                let report = try await importer.run(kind: kind, bytes: Array(csv.utf8),
                                                    instansiCode: organisation.code, dryRun: false)
                guard report.allTaken else { throw DemoError.rejected(report) }
                reports.append(report)
            }
        }
        try await seedStaff(clock: clock)
        let logins = try await DemoTestDay(database: database, clock: clock).seed()
        try await DemoPlacement(database: database, clock: clock).seed()
        return (reports, logins.map { DemoLogin(session: $0.session, nip: $0.nip, name: $0.name, token: $0.token) })
    }

    /// Creates the demo staff accounts that do not exist yet.
    private func seedStaff(clock: any ServerClock) async throws {
        let accounts = AccountService(database: database, clock: clock, cost: bcryptCost)
        for login in Self.staff where try await StaffAccount.query(on: database.db).filter(\.$username == login.username).first() == nil {
            let instansiID = try await login.instansi.asyncMap { code in
                try await Instansi.query(on: database.db).filter(\.$code == code).first()?.requireID()
            } ?? nil
            try await accounts.create(username: login.username, displayName: login.username, password: login.password,
                                      role: login.role, instansiID: instansiID)
        }
    }

    private func upsertInstansi(_ organisation: DemoOrganisation) async throws {
        let db = database.db
        let instansi = try await Instansi.query(on: db).filter(\.$code == organisation.code).first()
            ?? Instansi(code: organisation.code, name: organisation.name, kind: organisation.kind,
                        region: organisation.region)
        instansi.name = organisation.name
        instansi.kind = organisation.kind.rawValue
        instansi.region = organisation.region
        try await instansi.save(on: db)
    }
}

/// A participant login the demo prints.
public struct DemoLogin: Sendable {
    public let session: String
    public let nip: String
    public let name: String
    public let token: String
}

enum DemoError: Error, CustomStringConvertible {
    case rejected(ImportReport)

    var description: String {
        switch self {
        case .rejected(let report):
            "demo data was rejected by the importer: " + report.issues.map(\.description).joined(separator: "; ")
        }
    }
}

extension DemoOrganisation {
    /// The organisation as the spreadsheets a BKD would upload, in import order: positions (creating the
    /// units), the officials' previous posts, their current posts, then two years of performance.
    func sheets() -> [(RecordKind, String)] {
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.name) })
        let techColumns = Array(Set(posts.flatMap { $0.technical.keys })).sorted()
        let competencyColumns = Competency.allCases.map(\.code)
        var positions = [["kode", "nama", "unit_kerja", "nama_unit", "kelas", "golongan_minimal", "kritikal", "target"]
            + competencyColumns + techColumns]
        let heldCodes = Set(officials.map(\.post))
        for post in posts {
            let levels = competencyColumns.map { code in
                post.overrides[Competency(code: code)!].map(String.init) ?? ""
            }
            positions.append([post.code, post.name, post.unit, unitNames[post.unit] ?? post.unit,
                              post.jobClass.rawValue, post.rankFloor, post.critical ? "ya" : "tidak",
                              heldCodes.contains(post.code) ? "tidak" : "ya"]
                             + levels + techColumns.map { post.technical[$0].map(String.init) ?? "" })
        }
        let header = ["nip", "nama", "tanggal_lahir", "jenis_kelamin", "status", "golongan", "pendidikan",
                      "unit_kerja", "kode_jabatan", "jabatan", "kelas_jabatan", "tmt_jabatan",
                      "hukuman_disiplin", "tmt_hukuman"]
        var previous = [header], current = [header]
        var performance = [["nip", "tahun", "predikat"]]
        let postsByCode = Dictionary(uniqueKeysWithValues: posts.map { ($0.code, $0) })
        for person in officials {
            let post = postsByCode[person.post]!
            let common = [person.nip, person.name, person.birth.indonesian, person.sex.rawValue, "PNS",
                          person.golongan, person.education.rawValue, post.unit]
            previous.append(common + ["", person.previousTitle, JobClass.administrator.rawValue,
                                      person.previousSince.indonesian, "", ""])
            current.append(common + [post.code, post.name, post.jobClass.rawValue, person.since.indonesian,
                                     person.sanction?.level.rawValue ?? "",
                                     person.sanction?.date.indonesian ?? ""])
            performance += person.performance.map { [person.nip, String($0.year), $0.predikat.rawValue] }
        }
        // A technical assessment of every official on every technical competency the posts name (levels
        // 2–4), and two or three career preferences each (never their own post).
        var technical = [["nip", "kode", "level", "tanggal"]]
        var preferences = [["nip", "kode_jabatan", "urutan"]]
        for (index, person) in officials.enumerated() {
            for (codeIndex, code) in techColumns.enumerated() {
                technical.append([person.nip, code, String(2 + (index * 3 + codeIndex * 2) % 3), "15-10-2025"])
            }
            var chosen: [String] = []
            for step in [5, 7, 11] where chosen.count < 2 + index % 2 {
                let code = posts[(index * step + step) % posts.count].code
                if code != person.post && !chosen.contains(code) { chosen.append(code) }
            }
            preferences += chosen.enumerated().map { [person.nip, $0.element, String($0.offset + 1)] }
        }
        var sheets: [(RecordKind, String)] = [(.positions, csv(positions)), (.employees, csv(previous)), (.employees, csv(current)),
                                              (.performance, csv(performance))]
        if !techColumns.isEmpty { sheets.append((.technical, csv(technical))) }
        if preferences.count > 1 { sheets.append((.preferences, csv(preferences))) }
        return sheets
    }

    /// Semicolon-separated, as Indonesian-locale spreadsheets write it; fields with `;` or quotes are quoted.
    private func csv(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { cell in
                cell.contains(";") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ";")
        }.joined(separator: "\r\n") + "\r\n"
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
