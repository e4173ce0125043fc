/// The roles of issue 7. Staff roles belong to an account; `participant` is whoever holds an attempt's
/// browser cookie (NIP plus a one-time token).
enum Role: String, Codable, CaseIterable, Sendable {
    /// Runs the installation: every instansi, accounts, the item bank.
    case superAdmin = "super-admin"
    /// A ministry or the BKN centre: the national talent search only (issue 7), nothing of a tenant.
    case nationalViewer = "national-viewer"
    /// Runs one instansi: records, imports, sessions, accounts of that instansi.
    case instansiAdmin = "instansi-admin"
    /// Writes and analyses test items; reads attempts' answers and events of their instansi.
    case assessor
    /// Runs sessions at the test centre: attendance, login cards, authorize/pause/extra time/terminate.
    case proctor
    /// The head of the instansi: sees results first, releases them, sets the talent settings.
    case pimpinan
    case participant

    /// Roles that always belong to one instansi.
    var needsInstansi: Bool { self == .instansiAdmin || self == .proctor || self == .pimpinan }

    var label: String {
        switch self {
        case .superAdmin: "Super admin"
        case .nationalViewer: "Pengamat nasional"
        case .instansiAdmin: "Admin instansi"
        case .assessor: "Asesor"
        case .proctor: "Pengawas"
        case .pimpinan: "Pimpinan"
        case .participant: "Peserta"
        }
    }
}
