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

    /// The recommended actions for a box, in Bahasa Indonesia.
    public static func actions(_ box: Int) -> [String] {
        switch box {
        case 9: ["dipromosikan dan dipertahankan", "masuk kelompok rencana suksesi instansi/nasional", "penghargaan"]
        case 8: ["dipertahankan", "masuk kelompok rencana suksesi instansi", "rotasi/perluasan jabatan",
                 "bimbingan kinerja"]
        case 7: ["dipertahankan", "masuk kelompok rencana suksesi instansi", "rotasi/pengayaan jabatan",
                 "pengembangan kompetensi"]
        case 6: ["penempatan yang sesuai", "bimbingan kinerja", "konseling kinerja"]
        case 5: ["penempatan yang sesuai", "bimbingan kinerja", "pengembangan kompetensi"]
        case 4: ["rotasi", "pengembangan kompetensi"]
        case 3: ["bimbingan kinerja", "konseling kinerja", "pengembangan kompetensi", "penempatan yang sesuai"]
        case 2: ["bimbingan kinerja", "pengembangan kompetensi", "penempatan yang sesuai"]
        case 1: ["diproses sesuai ketentuan peraturan perundang-undangan (disiplin/kinerja)"]
        default: []
        }
    }
}
