import FluentKit
import Foundation
import Psychometrics
import TalentDomain

/// `talenta demo --national`: synthetic summary profiles for the national talent search, by default 100,000
/// across about 500 instansi (the 38 provinces' governments and generated kabupaten and kota in each), so
/// that the search can be tried and measured at a national scale.
///
/// - Deterministic: one `SplitMix64` stream from a fixed seed gives the same instansi and rows every time.
/// - Synthetic and marked so: no employee, test or result is created, and every row's `result_id` is nil
///   (the profile page says so). The instansi rows are real rows, so the search's foreign key and instansi
///   filter work; an instansi code that already exists (the demo's `prov-banten`) is left out.
/// - Potential, performance band, box and validity come from the real rules (`TalentProfile`, default
///   settings) applied to generated levels, scales, ranks, education and two years of predikat.
/// - Fast and idempotent: one transaction of multi-row inserts; skipped when synthetic rows exist.
public struct NationalDemo: Sendable {
    let database: TalentaDatabase

    public init(database: TalentaDatabase) {
        self.database = database
    }

    public static let defaultProfiles = 100_000
    public static let defaultInstansi = 500
    static let randomSeed: UInt64 = 0x7A1E_27A0_2025_0001

    public struct Outcome: Sendable {
        /// Synthetic rows created now (0 when they already existed).
        public let created: Int
        /// Synthetic instansi created now.
        public let instansi: Int
        /// Synthetic rows that existed before.
        public let existing: Int
        /// Seconds spent generating the rows, and writing them.
        public var generating = 0.0, writing = 0.0
    }

    @discardableResult
    public func seed(profiles count: Int = defaultProfiles, instansi instansiCount: Int = defaultInstansi) async throws -> Outcome {
        let db = database.db
        let existing = try await NationalProfile.query(on: db).filter(\.$resultID == nil).count()
        guard existing == 0 else { return Outcome(created: 0, instansi: 0, existing: existing) }
        let taken = Set(try await Instansi.query(on: db).all(\.$code))
        let clock = ContinuousClock(), start = clock.now
        var rng = SplitMix64(seed: Self.randomSeed)
        let bodies = Self.instansi(count: instansiCount, excluding: taken, using: &rng)
        let rows = Self.profiles(count: count, across: bodies, using: &rng)
        let generated = clock.now
        try await db.transaction { tx in
            try await bodies.map(\.instansi).create(on: tx)
            try await NationalProfiles.insert(rows, on: tx)
        }
        try await NationalProfiles.updateStatistics(on: db)
        return Outcome(created: rows.count, instansi: bodies.count, existing: 0,
                       generating: (generated - start) / .seconds(1), writing: (clock.now - generated) / .seconds(1))
    }

    // MARK: - Instansi

    struct Body {
        let instansi: Instansi
        let weight: Double
    }

    /// The 38 provinces, the regions of the search.
    static let provinces = [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu", "Sumatera Selatan",
        "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
        "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
        "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah",
        "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
        "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
    ]

    static let placeHeads = [
        "Tanjung", "Muara", "Batu", "Sungai", "Bukit", "Pulau", "Karang", "Lubuk", "Tanah", "Rantau", "Teluk", "Padang",
        "Gunung", "Sido", "Suka", "Kuala", "Air", "Tebing", "Labuhan", "Pematang", "Rawa", "Lembah", "Pasir", "Danau",
    ]
    static let placeTails = [
        "Jaya", "Makmur", "Harapan", "Sari", "Raya", "Indah", "Mulya", "Baru", "Agung", "Lestari", "Permai", "Sejahtera",
        "Tinggi", "Panjang", "Putih", "Merah", "Hijau", "Damai", "Mas", "Bening", "Selatan", "Utara", "Timur", "Barat",
    ]

    /// About `count` instansi: each province's government, and generated kabupaten (4 in 5) and kota.
    static func instansi(count: Int, excluding taken: Set<String>, using rng: inout SplitMix64) -> [Body] {
        var bodies: [Body] = []
        var codes = taken
        let perProvince = max(0, count - provinces.count) / provinces.count
        let extra = max(0, count - provinces.count) % provinces.count
        for (index, province) in provinces.enumerated() {
            let code = "prov-" + slug(province)
            if !codes.contains(code) {
                codes.insert(code)
                let government = Instansi(code: code, name: "Pemerintah Provinsi \(province)", kind: .provinsi, region: province)
                government.id = UUID(uuid: uuid(&rng))
                bodies.append(Body(instansi: government, weight: 1.6))
            }
            for _ in 0..<(perProvince + (index < extra ? 1 : 0)) {
                let isKota = Double.random(in: 0..<1, using: &rng) < 0.2
                var place = "", code = ""
                repeat {
                    place = placeHeads.randomElement(using: &rng)! + " " + placeTails.randomElement(using: &rng)!
                    code = (isKota ? "kota-" : "kab-") + slug(place)
                } while codes.contains(code)
                codes.insert(code)
                let local = Instansi(code: code, name: "Pemerintah \(isKota ? "Kota" : "Kabupaten") \(place)",
                                     kind: isKota ? .kota : .kabupaten, region: province)
                local.id = UUID(uuid: uuid(&rng))
                bodies.append(Body(instansi: local, weight: (isKota ? 0.9 : 1.0) * Double.random(in: 0.6..<1.4, using: &rng)))
            }
        }
        return bodies
    }

    static func slug(_ text: String) -> String {
        text.lowercased().split(separator: " ").joined(separator: "-")
    }

    // MARK: - Profiles

    static let femaleNames = [
        "Siti", "Sri", "Dewi", "Rina", "Nurul", "Yuliana", "Wulan", "Fitri", "Lestari", "Ratna", "Indah", "Kartika", "Dian",
        "Endang", "Tuti", "Ayu", "Nining", "Rahmawati", "Puspita", "Anisa", "Hesti", "Mega", "Novi", "Eka", "Lilis",
    ]
    static let maleNames = [
        "Ahmad", "Budi", "Agus", "Bambang", "Hendra", "Joko", "Rudi", "Eko", "Dedi", "Yusuf", "Arief", "Fajar", "Hadi",
        "Irwan", "Taufik", "Rizal", "Wahyu", "Andi", "Teguh", "Slamet", "Iwan", "Dodi", "Zainal", "Hasan", "Made",
    ]
    static let familyNames = [
        "Saputra", "Wijaya", "Hidayat", "Santoso", "Pratama", "Kusuma", "Nugroho", "Siregar", "Nasution", "Harahap",
        "Simanjuntak", "Lubis", "Setiawan", "Gunawan", "Suryadi", "Permana", "Rahman", "Hakim", "Syahputra", "Tanjung",
        "Purba", "Manurung", "Sinaga", "Pane", "Wibowo", "Susanto", "Rachman", "Mahendra", "Halim", "Firmansyah",
        "Fauzi", "Ramadhan", "Kurniawan", "Hutapea", "Lumbantobing", "Pattiasina", "Latuconsina", "Mandagi", "Wenas", "Tamba",
    ]
    static let units = [
        "Pendidikan", "Kesehatan", "Pekerjaan Umum dan Penataan Ruang", "Sosial", "Perhubungan", "Lingkungan Hidup",
        "Komunikasi dan Informatika", "Kependudukan dan Pencatatan Sipil", "Penanaman Modal dan PTSP", "Pertanian",
        "Ketahanan Pangan", "Koperasi dan UKM", "Pariwisata", "Tenaga Kerja", "Perumahan dan Kawasan Permukiman",
        "Pemberdayaan Masyarakat dan Desa", "Perikanan", "Perpustakaan dan Kearsipan",
    ]
    static let agencies = [
        "Badan Perencanaan Pembangunan Daerah", "Badan Kepegawaian dan Pengembangan SDM", "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Badan Pendapatan Daerah", "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik",
    ]

    /// `count` rows spread over `bodies` by their weights (every body gets its share, rounded; the
    /// remainder goes to the first ones).
    static func profiles(count: Int, across bodies: [Body], using rng: inout SplitMix64) -> [NationalProfile] {
        guard !bodies.isEmpty, count > 0 else { return [] }
        let total = bodies.map(\.weight).reduce(0, +)
        var shares = bodies.map { Int((Double(count) * $0.weight / total).rounded(.down)) }
        for index in 0..<(count - shares.reduce(0, +)) { shares[index % shares.count] += 1 }
        var nips: Set<String> = []
        var rows: [NationalProfile] = []
        rows.reserveCapacity(count)
        for (body, share) in zip(bodies, shares) {
            for _ in 0..<share { rows.append(profile(in: body.instansi, nips: &nips, using: &rng)) }
        }
        return rows
    }

    private static func normal(_ rng: inout SplitMix64) -> Double {
        let u = Double.random(in: Double.ulpOfOne..<1, using: &rng), v = Double.random(in: 0..<1, using: &rng)
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }

    private static func pick<T>(_ choices: [(T, Double)], _ rng: inout SplitMix64) -> T {
        var point = Double.random(in: 0..<choices.map(\.1).reduce(0, +), using: &rng)
        for (value, weight) in choices {
            if point < weight { return value }
            point -= weight
        }
        return choices.last!.0
    }

    static func profile(in instansi: Instansi, nips: inout Set<String>, using rng: inout SplitMix64) -> NationalProfile {
        let ability = normal(&rng)
        let female = Double.random(in: 0..<1, using: &rng) < 0.4
        // A valid, unique NIP: birth date, TMT CPNS, sex, sequence.
        var nip = ""
        repeat {
            let year = Int.random(in: 1965...1992, using: &rng), month = Int.random(in: 1...12, using: &rng)
            let day = Int.random(in: 1...CivilDate.daysInMonth(year: year, month: month), using: &rng)
            let tmt = min(2020, year + Int.random(in: 22...30, using: &rng))
            nip = String(format: "%04d%02d%02d%04d%02d%d%03d", year, month, day, tmt, Int.random(in: 1...12, using: &rng),
                         female ? 2 : 1, Int.random(in: 1...999, using: &rng))
        } while !nips.insert(nip).inserted
        let education = pick([(Education.s2, 45.0), (.s1, 32), (.s3, 6), (.d4, 5), (.d3, 7), (.sma, 5)], &rng)
        let jobClass = pick([(JobClass.jptPratama, 20.0), (.administrator, 40), (.pengawas, 25), (.ahliMadya, 10), (.ahliMuda, 5)], &rng)
        let ranks: [(String, Double)] = switch jobClass {
        case .jptPratama: [("IV/b", 3), ("IV/c", 5), ("IV/d", 2)]
        case .administrator: [("III/d", 3), ("IV/a", 5), ("IV/b", 2)]
        case .pengawas: [("III/b", 2), ("III/c", 4), ("III/d", 4)]
        case .ahliMadya: [("IV/a", 4), ("IV/b", 4), ("IV/c", 2)]
        default: [("III/c", 5), ("III/d", 5)]
        }
        let golongan = Golongan(parsing: pick(ranks, &rng))!
        let first = (female ? femaleNames : maleNames).randomElement(using: &rng)!
        var name = "\(first) \(familyNames.randomElement(using: &rng)!)"
        switch education {
        case .s3: name = "Dr. \(name), \(["M.Si.", "M.M.", "M.Pd.", "M.T."].randomElement(using: &rng)!)"
        case .s2: name += ", " + ["M.Si.", "M.M.", "M.AP.", "M.Pd.", "M.T.", "M.H.", "M.Kes."].randomElement(using: &rng)!
        case .s1, .d4: name += ", " + ["S.E.", "S.H.", "S.Sos.", "S.T.", "S.STP.", "S.Kom.", "S.Pd.", "S.IP."].randomElement(using: &rng)!
        case .d3: name += ", A.Md."
        default: break
        }
        let unit = units.randomElement(using: &rng)!
        let post: String = switch jobClass {
        case .jptPratama: Bool.random(using: &rng) ? "Kepala Dinas \(unit)" : "Kepala \(agencies.randomElement(using: &rng)!)"
        case .administrator: Bool.random(using: &rng) ? "Sekretaris Dinas \(unit)" : "Kepala Bidang \(["Perencanaan", "Pelayanan", "Pengendalian", "Pembinaan"].randomElement(using: &rng)!), Dinas \(unit)"
        case .pengawas: "Kepala \(["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Seksi Program", "Seksi Evaluasi dan Pelaporan"].randomElement(using: &rng)!), Dinas \(unit)"
        default: "\(["Analis Kebijakan", "Perencana", "Auditor", "Pranata Komputer"].randomElement(using: &rng)!) \(jobClass.rawValue)"
        }
        // Levels around the official's general ability; one in a hundred has SK.01 not assessed.
        var levels: [String: Int] = [:]
        for competency in Competency.allCases {
            levels[competency.code] = max(1, min(5, Int((3.1 + 0.8 * ability + 0.6 * normal(&rng)).rounded())))
        }
        if Double.random(in: 0..<1, using: &rng) < 0.01 { levels[Competency.perekatBangsa.code] = nil }
        var scales: [String: Double] = [:]
        for key in PotentialComponents.aspectKeys {
            scales[key] = max(0, min(100, 62 + 12 * ability + 9 * normal(&rng)))
        }
        scales["integritas"] = max(0, min(100, 74 + 12 * normal(&rng)))
        let performance: [Predikat] = Double.random(in: 0..<1, using: &rng) < 0.03 ? [] : (0..<2).map { _ in
            let lift = 0.3 * ability
            return pick([(Predikat.sangatBaik, max(1, 25 + 10 * lift)), (.baik, 60), (.butuhPerbaikan, max(1, 10 - 5 * lift)), (.kurang, 4), (.sangatKurang, 1)], &rng)
        }
        let testedOn = CivilDate(dayNumber: CivilDate(year: 2023, month: 1, day: 2)!.dayNumber + Int.random(in: 0..<1_061, using: &rng))
        let sanctions = Double.random(in: 0..<1, using: &rng) < 0.03
            ? [DisciplinaryRecord(level: .ringan, date: CivilDate(dayNumber: testedOn.dayNumber - Int.random(in: 30...700, using: &rng)), note: "")]
            : []
        let talent = TalentProfile(TalentProfile.Input(
            id: nip, levels: levels, scales: scales, theta: 0.8 * ability + 0.6 * normal(&rng), education: education,
            golongan: golongan, sanctions: sanctions, performance: performance, testedOn: testedOn, currentPost: nil))

        let row = NationalProfile()
        row.id = UUID(uuid: uuid(&rng))
        row.resultID = nil
        row.employeeID = nil
        row.instansiID = instansi.id!
        row.instansiCode = instansi.code
        row.instansiName = instansi.name
        row.region = instansi.region
        row.nip = nip
        row.name = name
        row.postTitle = post
        row.jobClass = jobClass.rawValue
        row.setGolongan(golongan)
        row.setEducation(education)
        row.setLevels(levels)
        row.box = talent.box
        row.potential = talent.potentialScore
        row.performanceBand = talent.performanceBand?.rawValue
        row.testedOn = testedOn.iso
        row.validUntil = talent.validUntil.iso
        return row
    }

    /// A version-4 UUID from the generator, so that the rows' ids are reproducible too.
    private static func uuid(_ rng: inout SplitMix64) -> uuid_t {
        let high = rng.next(), low = rng.next()
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (8 * $0)) } + (0..<8).map { UInt8(truncatingIfNeeded: low >> (8 * $0)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15])
    }
}
