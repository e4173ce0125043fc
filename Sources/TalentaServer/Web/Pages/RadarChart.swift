import Foundation
import TalentDomain

/// An SVG radar chart of achieved against standard levels on the nine competencies: one axis per
/// competency, rings at levels 1–5, the standard as a dashed outline and the achieved levels filled.
/// Drawn server side, so it prints and works without scripts.
enum RadarChart {
    static func svg(_ rows: [TalentProfile.PostMatch.Row], lang: Language) -> String {
        let size = 420.0, centre = 210.0, radius = 150.0
        let count = rows.count
        guard count >= 3 else { return "" }
        func point(_ index: Int, _ level: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let r = radius * level / 5
            return (centre + r * cos(angle), centre + r * sin(angle))
        }
        func coordinates(_ index: Int, _ level: Double) -> String {
            let (x, y) = point(index, level)
            return "\(ResultLabels.number(x, 1)),\(ResultLabels.number(y, 1))"
        }
        var parts: [String] = []
        for ring in 1...5 {
            let points = (0..<count).map { coordinates($0, Double(ring)) }.joined(separator: " ")
            parts.append("<polygon class=\"ring\" points=\"\(points)\"/>")
            let (x, y) = point(0, Double(ring))
            parts.append("<text class=\"ring-label\" x=\"\(ResultLabels.number(x + 4, 1))\" y=\"\(ResultLabels.number(y - 2, 1))\">\(ring)</text>")
        }
        for (index, row) in rows.enumerated() {
            let (x, y) = point(index, 5)
            let (lx, ly) = point(index, 5.9)
            parts.append("<line class=\"axis\" x1=\"\(centre)\" y1=\"\(centre)\" x2=\"\(ResultLabels.number(x, 1))\" y2=\"\(ResultLabels.number(y, 1))\"/>")
            let anchor = abs(lx - centre) < 10 ? "middle" : lx > centre ? "start" : "end"
            parts.append("<text class=\"axis-label\" x=\"\(ResultLabels.number(lx, 1))\" y=\"\(ResultLabels.number(ly + 4, 1))\" text-anchor=\"\(anchor)\">\(escape(row.competency.code))</text>")
        }
        let standard = rows.enumerated().map { coordinates($0.offset, Double($0.element.standard)) }.joined(separator: " ")
        let achieved = rows.enumerated().map { coordinates($0.offset, Double($0.element.achieved ?? 0)) }.joined(separator: " ")
        parts.append("<polygon class=\"standard\" points=\"\(standard)\"/>")
        parts.append("<polygon class=\"achieved\" points=\"\(achieved)\"/>")
        for (index, row) in rows.enumerated() {
            let (x, y) = point(index, Double(row.achieved ?? 0))
            parts.append("<circle class=\"achieved-point\" cx=\"\(ResultLabels.number(x, 1))\" cy=\"\(ResultLabels.number(y, 1))\" r=\"4\"/>")
        }
        let title = lang.pick("Level capaian dibandingkan level standar per kompetensi",
                              "Achieved against standard level per competency")
        let summary = rows.map { "\($0.competency.code) \($0.achieved.map(String.init) ?? "–")/\($0.standard)" }.joined(separator: ", ")
        return """
            <figure class="radar"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(size)) \(Int(size))" role="img" aria-labelledby="radar-title radar-desc">
            <title id="radar-title">\(escape(title))</title><desc id="radar-desc">\(escape(summary))</desc>
            \(parts.joined(separator: "\n"))
            </svg><figcaption><span class="key achieved"></span> \(lang.pick("Capaian", "Achieved")) <span class="key standard"></span> \(lang.pick("Standar jabatan", "Post standard"))</figcaption></figure>
            """
    }
}
