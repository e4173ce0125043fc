import TableExport

extension ExportTable {
    /// A results table as the server exports it: NIP as text, JPM as a number, Indonesian text, an
    /// empty cell, and text that needs quoting and escaping.
    static var mock: ExportTable {
        ExportTable(
            name: "Hasil Pemetaan",
            columns: ["NIP", "Nama", "Unit Kerja", "JPM (%)", "Kategori", "Kotak Nine-Box", "Peringkat"],
            rows: [
                [.text("198703152010011002"), .text("Siti Rahmawati, S.E."),
                 .text("Dinas Pekerjaan Umum dan Penataan Ruang"), .number(82.5), .text("Sangat Baik"),
                 .integer(9), .integer(1)],
                [.text("199001012015031004"), .text("Ahmad \"Ucok\" Siregar"),
                 .text("Badan Kepegawaian & Pengembangan SDM"), .number(68.25), .text("Baik"), .integer(5),
                 .integer(2)],
                [.text("198512302009122001"), .text("Dewi Lestari"), .text("Sekretariat Daerah\nBagian Umum"),
                 .number(0.1 + 0.2), .text("Cukup"), .empty, .integer(3)],
            ]
        )
    }

    /// A second sheet, for multi-sheet workbooks.
    static var mockVacancies: ExportTable {
        ExportTable(
            name: "Formasi/Jabatan [2025]",
            columns: ["Jabatan", "Kebutuhan"],
            rows: [[.text("Kepala Bidang Bina Marga"), .integer(1)], [.text("Analis Kepegawaian"), .integer(4)]]
        )
    }
}
