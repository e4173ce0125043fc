import TalentDomain

/// The competency dictionary: nine competencies, five levels each, as seeded reference data.
enum CompetencyPage {
    static func render(_ rows: [CompetencyLevel], lang: Language) -> HTML {
        Layout.page(title: lang.pick("Kamus Kompetensi", "Competency dictionary"), lang: lang, path: "/kompetensi") {
            let grouped = Dictionary(grouping: rows, by: \.code)
            let sections = Competency.allCases.compactMap { competency -> String? in
                guard let levels = grouped[competency.code]?.sorted(by: { $0.level < $1.level }),
                      let first = levels.first else { return nil }
                let table = Layout.table([lang.pick("Level", "Level"), lang.pick("Deskripsi", "Description")],
                                         levels.map { [String($0.level), escape($0.description)] })
                return "<h2 id=\"\(escape(competency.code))\">\(escape(competency.code)) · \(escape(first.name))</h2>"
                    + "<p class=\"muted\">\(escape(first.kind)) — \(escape(first.definition))</p>" + table
            }
            return "<h1>\(lang.pick("Kamus Kompetensi", "Competency dictionary"))</h1>"
                + "<p>\(lang.pick("Kompetensi manajerial dan sosial kultural menurut PermenPANRB 38/2017. Uraian ditampilkan dalam Bahasa Indonesia sebagaimana dalam peraturan.", "Managerial and socio-cultural competencies per PermenPANRB 38/2017. Descriptions are shown in Indonesian, as in the regulation."))</p>"
                + sections.joined(separator: "\n")
        }
    }
}
