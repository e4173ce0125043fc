/// Attendance states of an enrolment (DOMAIN.md §1: some scheduled participants are absent).
enum Attendance: String, CaseIterable, Codable, Sendable {
    case terjadwal, hadir, sakit, izin
    case tanpaKonfirmasi = "tanpa-konfirmasi"
    case selesai, didiskualifikasi

    /// Absent states: the participant needs a make-up session.
    var isAbsent: Bool { self == .sakit || self == .izin || self == .tanpaKonfirmasi }

    var label: String {
        switch self {
        case .terjadwal: "Terjadwal"
        case .hadir: "Hadir"
        case .sakit: "Sakit"
        case .izin: "Izin"
        case .tanpaKonfirmasi: "Tanpa konfirmasi"
        case .selesai: "Selesai"
        case .didiskualifikasi: "Didiskualifikasi"
        }
    }
}
