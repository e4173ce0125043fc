import TalentDomain

/// The employee list (daftar pegawai) as BKD exports it.
///
/// Required columns: `nip`, `nama`. Optional: `tanggal_lahir` and `jenis_kelamin` (checked against the
/// NIP), `status` (PNS/PPPK, default PNS), `golongan`, `pendidikan`, `unit_kerja` (unit code),
/// `kode_jabatan`, `jabatan` (title), `kelas_jabatan`, `tmt_jabatan`, `hukuman_disiplin`
/// (ringan/sedang/berat) with `tmt_hukuman`. Header spellings are matched loosely.
public enum EmployeeSheet {
    static let columns = [
        Column("nip", ["nip baru", "nip pegawai"], required: true),
        Column("nama", ["nama lengkap", "nama pegawai", "name"], required: true),
        Column("tanggal_lahir", ["tgl lahir", "tanggal lahir", "birth date"]),
        Column("jenis_kelamin", ["jk", "sex", "gender"]),
        Column("status", ["status kepegawaian", "status pegawai"]),
        Column("golongan", ["gol", "gol ruang", "golongan ruang", "pangkat golongan"]),
        Column("pendidikan", ["pendidikan terakhir", "education"]),
        Column("unit_kerja", ["kode unit", "kode opd", "opd", "unit kerja kode"]),
        Column("kode_jabatan", ["jabatan kode"]),
        Column("jabatan", ["nama jabatan"]),
        Column("kelas_jabatan", ["jenis jabatan"]),
        Column("tmt_jabatan", ["tmt jabatan"]),
        Column("hukuman_disiplin", ["tingkat hukuman", "hukuman"]),
        Column("tmt_hukuman", ["tanggal hukuman"]),
    ]

    public static func read(_ table: CSVTable) throws(SheetError) -> ImportOutcome<EmployeeRecord> {
        let map = try HeaderMap(header: table.header, columns: columns)
        var firstLine: [NIP: Int] = [:]
        return SheetRow.readAll(table, map: map) { row in
            let nip = row.nip("nip", required: true)
            let name = row.required("nama")
            let birth = row.date("tanggal_lahir")
            let sex = row.optional("jenis_kelamin", expected: "expected L or P", Sex.init(parsing:))
            let status = row.optional("status", expected: "expected PNS or PPPK", EmploymentStatus.init(parsing:))
            let golongan = row.optional("golongan", expected: "expected a golongan such as III/d or IV/a",
                                        Golongan.init(parsing:))
            let education = row.optional("pendidikan", expected: "expected SD, SMP, SMA, D-I…D-IV, S1, S2 or S3",
                                         Education.init(parsing:))
            let jobClass = row.optional("kelas_jabatan", expected: "unknown job class; expected e.g. JPT Pratama",
                                        JobClass.init(parsing:))
            let start = row.date("tmt_jabatan")
            let sanctionLevel = row.optional("hukuman_disiplin", expected: "expected ringan, sedang or berat",
                                             SanctionLevel.init(parsing:))
            let sanctionDate = row.date("tmt_hukuman")
            guard let nip, let name else { return nil }

            if let birth, birth != nip.birthDate {
                row.fail("tanggal_lahir", row.text("tanggal_lahir") ?? "",
                         "does not match the birth date in the NIP (\(nip.birthDate.indonesian))")
            }
            if let sex, sex != nip.sex {
                row.fail("jenis_kelamin", row.text("jenis_kelamin") ?? "",
                         "does not match the NIP's sex digit (\(nip.sex.rawValue))")
            }
            if let start, start < nip.birthDate {
                row.fail("tmt_jabatan", row.text("tmt_jabatan") ?? "", "is before the birth date")
            }
            if sanctionLevel != nil && sanctionDate == nil && row.text("tmt_hukuman") == nil {
                row.fail("tmt_hukuman", "", "is required when hukuman_disiplin is given")
            }
            if let first = firstLine[nip] {
                row.fail("nip", nip.value, "appears again; first on line \(first)")
            } else if row.issues.isEmpty {
                firstLine[nip] = row.line
            }
            let sanction = sanctionLevel.flatMap { level in
                sanctionDate.map { DisciplinaryRecord(level: level, date: $0) }
            }
            return EmployeeRecord(
                nip: nip, name: name, birthDate: birth, sex: sex, status: status ?? .pns, golongan: golongan,
                education: education, unitCode: row.text("unit_kerja"), positionCode: row.text("kode_jabatan"),
                positionTitle: row.text("jabatan"), positionClass: jobClass, positionStart: start,
                sanction: sanction)
        }
    }
}
