/// The admin upload page, and the report of the last upload.
enum ImportPage {
    /// The super admin picks the instansi to import into.
    static func chooser(_ instansi: [OrganisationQueries.InstansiSummary], lang: Language) -> HTML {
        Layout.page(title: lang.pick("Impor Data", "Import data"), lang: lang, path: "/admin/import") {
            "<h1>\(lang.pick("Impor Data", "Import data"))</h1><ul>"
                + instansi.map { "<li><a href=\"/instansi/\(escape($0.code))/impor\">\(escape($0.name))</a></li>" }.joined() + "</ul>"
        }
    }

    static func render(instansi: Instansi, report: ImportReport?, lang: Language) -> HTML {
        Layout.page(title: lang.pick("Impor Data", "Import data"), lang: lang, path: "/instansi/\(instansi.code)/impor") {
            let kinds = Self.kinds(lang)
            let options = kinds.map { "<option value=\"\($0.kind.rawValue)\">\(escape($0.label))</option>" }.joined()
            let columns = Layout.table(
                [lang.pick("Jenis data", "Kind of data"), lang.pick("Kolom wajib", "Required columns")],
                kinds.map { [escape($0.label), "<code>\(escape($0.columns))</code>"] }, id: "import-kinds")
            let form = """
                <form class="stack" method="post" action="/instansi/\(escape(instansi.code))/impor" enctype="multipart/form-data">
                <label>\(lang.pick("Jenis data", "Kind of data"))<select name="kind" required>\(options)</select></label>
                <label>\(lang.pick("Berkas CSV (pemisah ; atau ,)", "CSV file (; or , separated)"))<input type="file" name="file" accept=".csv,text/csv" required></label>
                <label><span><input type="checkbox" name="dry_run" value="1"> \(lang.pick("Hanya periksa, jangan simpan", "Only validate, do not save"))</span></label>
                <button type="submit">\(lang.pick("Unggah", "Upload"))</button>
                </form>
                """
            return "<h1>\(lang.pick("Impor Data", "Import data")) — \(escape(instansi.name))</h1>"
                + "<p>\(lang.pick("Unggah ekspor spreadsheet. Setiap baris yang salah dilaporkan dengan nomor baris, kolom, nilai dan alasannya; setiap baris yang benar tetap disimpan. Impor ulang memperbarui data, tidak menggandakannya.", "Upload a spreadsheet export. Every bad row is reported with its line, column, value and reason; every good row is still saved. Re-importing updates records instead of duplicating them."))</p>"
                + (report.map { renderReport($0, lang: lang) } ?? "")
                + form
                + "<h2>\(lang.pick("Kolom wajib per jenis data", "Required columns by kind"))</h2>" + columns
        }
    }

    /// Every kind of import with its label and required columns (README lists the optional ones).
    static func kinds(_ lang: Language) -> [(kind: RecordKind, label: String, columns: String)] {
        [(.employees, lang.pick("Daftar pegawai", "Employee list"), "nip, nama"),
         (.positions, lang.pick("Daftar jabatan dan SKJ", "Positions and their SKJ"), "kode, nama, unit_kerja, kelas"),
         (.performance, lang.pick("Predikat kinerja", "Performance ratings"), "nip, tahun, predikat"),
         (.technical, lang.pick("Kompetensi teknis", "Technical competencies"), "nip, kode, level, tanggal"),
         (.preferences, lang.pick("Preferensi karier", "Career preferences"), "nip, kode_jabatan, urutan")]
    }

    static func renderReport(_ report: ImportReport, lang: Language) -> String {
        let summary = lang.pick(
            "\(report.rows) baris: \(report.created) baru, \(report.updated) diperbarui, \(report.rejected) ditolak.",
            "\(report.rows) rows: \(report.created) created, \(report.updated) updated, \(report.rejected) rejected.")
        let status = report.allTaken
            ? "<p class=\"ok\" id=\"import-status\">\(lang.pick("Semua baris diterima.", "Every row was taken."))</p>"
            : "<p class=\"error\" id=\"import-status\">\(lang.pick("Sebagian baris ditolak.", "Some rows were rejected."))</p>"
        let dry = report.dryRun ? "<p><strong>\(lang.pick("Uji coba: tidak ada yang disimpan.", "Dry run: nothing was saved."))</strong></p>" : ""
        let issues = report.issues.isEmpty ? "" : Layout.table(
            [lang.pick("Baris", "Line"), lang.pick("Kolom", "Column"), lang.pick("Nilai", "Value"), lang.pick("Alasan", "Reason")],
            report.issues.map { [String($0.line), escape($0.column), escape($0.value), escape($0.reason)] }, id: "issues")
        let notes = report.notes.isEmpty ? "" : "<ul>" + report.notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
        return "<section class=\"card\" id=\"import-report\"><h2>\(lang.pick("Hasil impor", "Import result"))</h2>"
            + status + dry + "<p>\(escape(summary))</p>" + issues + notes + "</section>"
    }
}
