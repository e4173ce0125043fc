import Foundation
import Psychometrics
import TestDelivery

/// The assessors' view of the bank: each section's test information function and its items, and one item
/// with its statistics and curves.
enum BankPages {
    struct ItemStatistics: Sendable {
        var given = 0
        var answered = 0
        var correct = 0
        var levelSum = 0

        var pValue: Double? { answered == 0 ? nil : Double(correct) / Double(answered) }
        var meanLevel: Double? { answered == 0 ? nil : Double(levelSum) / Double(answered) }
    }

    static func bank(_ bank: DeliveryBank, stats: [String: ItemStatistics], lang: Language) -> HTML {
        Layout.page(title: lang.pick("Bank Soal", "Item bank"), lang: lang, path: "/bank") {
            var html = "<h1>\(lang.pick("Bank soal", "Item bank"))</h1>"
            for kind in SectionBlueprint.Kind.allCases {
                guard let items = bank.bySection[kind], !items.isEmpty else { continue }
                html += "<h2 id=\"\(kind.rawValue)\">\(escape(kind.rawValue)) · \(items.count) \(lang.pick("soal", "items"))</h2>"
                let irt = items.compactMap { try? $0.parameters?.itemParameters(id: $0.key) }
                if !irt.isEmpty {
                    html += CurvePlot.svg([CurvePlot.information(irt)],
                                          title: lang.pick("Fungsi informasi tes bagian ", "Test information function of ") + kind.rawValue)
                }
                let rows = items.map { item -> [String] in
                    let s = stats[item.key] ?? ItemStatistics()
                    return ["<a href=\"/bank/item/\(escape(item.key))\">\(escape(item.key))</a>", escape(item.area),
                            String(item.version), String(s.given), s.pValue.map { String(format: "%.2f", $0) } ?? "—"]
                }
                html += Layout.table([lang.pick("Kode", "Key"), lang.pick("Area", "Area"), "Versi", lang.pick("Diberikan", "Given"), "p"], rows)
            }
            return html
        }
    }

    static func item(_ item: TestItem, stats: ItemStatistics, lang: Language) -> HTML {
        Layout.page(title: item.key, lang: lang, path: "/bank/item/\(item.key)") {
            var html = "<p><a href=\"/bank\">← \(lang.pick("Bank soal", "Item bank"))</a></p><h1>\(escape(item.key)) · v\(item.version)</h1>"
            html += "<p class=\"muted\">\(escape(item.type.rawValue)) · \(escape(item.section.rawValue)) · \(escape(item.area)) · \(escape(item.status.rawValue))</p>"
            html += item.stem.split(separator: "\n").map { "<p>\(escape(String($0)))</p>" }.joined()
            html += Layout.table([lang.pick("Opsi", "Option"), lang.pick("Teks", "Text"), lang.pick("Kunci/level", "Key/level")],
                                 item.options.map { option in
                                     [escape(option.key), escape(option.text),
                                      option.level.map { "level \($0)" } ?? (option.key == item.correctOption ? "✔" : "")]
                                 })
            var facts: [(String, String)] = [(lang.pick("Diberikan", "Given"), String(stats.given)),
                                             (lang.pick("Dijawab", "Answered"), String(stats.answered))]
            if let p = stats.pValue, item.type == .singleBestAnswer { facts.append(("p", String(format: "%.3f", p))) }
            if let m = stats.meanLevel, item.type == .situationalJudgement { facts.append((lang.pick("Rata-rata level", "Mean level"), String(format: "%.2f", m))) }
            if let parameters = item.parameters {
                facts.append(("IRT", "\(parameters.model.rawValue) a=\(String(format: "%.2f", parameters.a)) b=\(parameters.b.map { String(format: "%.2f", $0) }.joined(separator: ", "))"
                              + (parameters.c.map { String(format: " c=%.2f", $0) } ?? "")))
            }
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            if let parameters = try? item.parameters?.itemParameters(id: item.key) {
                html += "<h2>\(lang.pick("Kurva karakteristik", "Characteristic curves"))</h2>"
                html += CurvePlot.svg(CurvePlot.characteristic(parameters), title: lang.pick("Kurva karakteristik ", "Characteristic curves of ") + item.key, yMax: 1)
                html += "<h2>\(lang.pick("Fungsi informasi", "Information function"))</h2>"
                html += CurvePlot.svg([CurvePlot.information([parameters])], title: lang.pick("Informasi ", "Information of ") + item.key)
            }
            return html
        }
    }
}
