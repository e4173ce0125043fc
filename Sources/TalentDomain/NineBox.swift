/// The nine-box (kotak talenta): performance rows × potential columns (DOMAIN.md §6).
///
/// ```
///             rendah  menengah  tinggi
/// di atas        4       7        9
/// sesuai         2       5        8
/// di bawah       1       3        6
/// ```
/// Boxes 7–9 form the succession group (the talent pool).
public enum NineBox {
    public static func box(performance: PerformanceBand, potential: PotentialBand) -> Int {
        switch (performance, potential) {
        case (.diAtas, .rendah): 4
        case (.diAtas, .menengah): 7
        case (.diAtas, .tinggi): 9
        case (.sesuai, .rendah): 2
        case (.sesuai, .menengah): 5
        case (.sesuai, .tinggi): 8
        case (.diBawah, .rendah): 1
        case (.diBawah, .menengah): 3
        case (.diBawah, .tinggi): 6
        }
    }

    /// Whether a box belongs to the succession group (kelompok rencana suksesi).
    public static func isTalentPool(_ box: Int) -> Bool { (7...9).contains(box) }

    /// The recommended actions for a box, in Bahasa Indonesia; empty for a number outside 1–9.
    public static func actions(_ box: Int) -> [String] {
        (1 ... 9).contains(box) ? actionsByBox[box] : []
    }

    /// The actions of each box, by box number (index 0 is unused). One shared array per box, so an
    /// evaluation's `actions` costs no allocation.
    static let actionsByBox: [[String]] = [
        [],
        ["diproses sesuai ketentuan peraturan perundang-undangan (disiplin/kinerja)"],
        ["bimbingan kinerja", "pengembangan kompetensi", "penempatan yang sesuai"],
        ["bimbingan kinerja", "konseling kinerja", "pengembangan kompetensi", "penempatan yang sesuai"],
        ["rotasi", "pengembangan kompetensi"],
        ["penempatan yang sesuai", "bimbingan kinerja", "pengembangan kompetensi"],
        ["penempatan yang sesuai", "bimbingan kinerja", "konseling kinerja"],
        ["dipertahankan", "masuk kelompok rencana suksesi instansi", "rotasi/pengayaan jabatan",
         "pengembangan kompetensi"],
        ["dipertahankan", "masuk kelompok rencana suksesi instansi", "rotasi/perluasan jabatan",
         "bimbingan kinerja"],
        ["dipromosikan dan dipertahankan", "masuk kelompok rencana suksesi instansi/nasional", "penghargaan"],
    ]
}
