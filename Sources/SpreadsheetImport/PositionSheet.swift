import TalentDomain

/// The position list (daftar jabatan) with each post's competency standard (SKJ).
///
/// Required columns: `kode`, `nama`, `unit_kerja` (unit code), `kelas` (job class). Optional:
/// `nama_unit` (creates or renames the unit), `golongan_minimal`, `pemangku_nip` (current holder),
/// `tmt_pelantikan`, `kritikal` and `target` (ya/tidak). A column per competency code (`M.01` … `SK.01`)
/// overrides the class's standard level; a column whose header starts with `T.` is a technical
/// competency of the post (an empty cell means the post does not require it).
public enum PositionSheet {
    static let columns = [
        Column("kode", ["kode jabatan"], required: true),
        Column("nama", ["nama jabatan", "jabatan"], required: true),
        Column("unit_kerja", ["kode unit", "kode opd", "opd", "unit kerja kode"], required: true),
        Column("nama_unit", ["nama opd", "unit kerja nama", "nama unit kerja"]),
        Column("kelas", ["kelas jabatan", "jenis jabatan"], required: true),
        Column("golongan_minimal", ["pangkat minimal", "gol min", "golongan min"]),
        Column("pemangku_nip", ["pemangku", "nip pemangku"]),
        Column("tmt_pelantikan", ["tanggal pelantikan"]),
        Column("kritikal", ["jabatan kritikal", "critical"]),
        Column("target", ["jabatan target"]),
    ]

    static func isCompetencyColumn(_ header: String) -> Bool {
        Competency(code: header) != nil || isTechnical(header)
    }

    static func isTechnical(_ header: String) -> Bool {
        header.trimmed.uppercased().hasPrefix("T.") && header.trimmed.count > 2
    }

    public static func read(_ table: CSVTable, levels: StandardLevels = .default)
        throws(SheetError) -> ImportOutcome<PositionRecord>
    {
        let map = try HeaderMap(header: table.header, columns: columns, acceptsExtra: isCompetencyColumn)
        var firstLine: [String: Int] = [:]
        return SheetRow.readAll(table, map: map) { row in
            let code = row.required("kode")
            let name = row.required("nama")
            let unit = row.required("unit_kerja")
            let jobClass = row.required("kelas", expected: "unknown job class; expected e.g. JPT Pratama",
                                        JobClass.init(parsing:))
            let floor = row.optional("golongan_minimal", expected: "expected a golongan such as IV/a",
                                     Golongan.init(parsing:))
            let holder = row.nip("pemangku_nip", required: false)
            let installed = row.date("tmt_pelantikan")
            let critical = row.flag("kritikal")
            let target = row.flag("target")
            var overrides: [Competency: Int] = [:]
            var technical: [String: Int] = [:]
            for (header, position) in map.extra {
                guard let raw = row.cell(at: position) else { continue }
                guard let level = Int(raw), Competency.levels.contains(level) else {
                    row.fail(header, raw, "a competency level must be a whole number from 1 to 5")
                    continue
                }
                if let competency = Competency(code: header) {
                    overrides[competency] = level
                } else {
                    technical[header.trimmed.uppercased()] = level
                }
            }
            if installed != nil && holder == nil && row.text("pemangku_nip") == nil {
                row.fail("tmt_pelantikan", row.text("tmt_pelantikan") ?? "", "is given but pemangku_nip is empty")
            }
            guard let code, let name, let unit, let jobClass else { return nil }
            let key = code.uppercased()
            if let first = firstLine[key] {
                row.fail("kode", code, "appears again; first on line \(first)")
            } else if row.issues.isEmpty {
                firstLine[key] = row.line
            }
            return PositionRecord(
                code: code, name: name, unitCode: unit, unitName: row.text("nama_unit"), jobClass: jobClass,
                rankFloor: floor,
                standard: CompetencyStandard(jobClass: jobClass, levels: levels, overrides: overrides,
                                             technical: technical),
                holderNIP: holder, installedOn: installed, isCritical: critical, isTarget: target)
        }
    }
}
