import Foundation
import Psychometrics

/// SVG line plots of IRT curves over θ ∈ [−4, 4]: an item's category characteristic curves and its
/// information, or a section's test information function. Pure: values in, SVG text out.
enum CurvePlot {
    struct Series {
        let label: String
        let values: [Double]
    }

    static let thetas = stride(from: -4.0, through: 4.0, by: 0.1).map { $0 }
    static let colours = ["#0b5cad", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0f766e"]

    /// Category probabilities (one series per category; for a dichotomous item only P(correct)).
    static func characteristic(_ item: ItemParameters) -> [Series] {
        let curves = thetas.map { item.categoryProbabilities(at: $0) }
        if item.categoryCount == 2 { return [Series(label: "P(θ)", values: curves.map { $0[1] })] }
        return (0..<item.categoryCount).map { k in Series(label: "k=\(k + 1)", values: curves.map { $0[k] }) }
    }

    static func information(_ items: [ItemParameters]) -> Series {
        Series(label: "I(θ)", values: thetas.map { theta in items.reduce(0) { $0 + $1.information(at: theta) } })
    }

    /// A 480 × 240 plot with axes, θ ticks, a y maximum, and a legend.
    static func svg(_ series: [Series], title: String, yMax fixed: Double? = nil) -> String {
        let width = 480.0, height = 240.0, left = 44.0, bottom = 28.0, top = 24.0, right = 12.0
        let yMax = fixed ?? max(series.flatMap(\.values).max() ?? 1, 1e-9)
        func x(_ i: Int) -> Double { left + Double(i) / Double(thetas.count - 1) * (width - left - right) }
        func y(_ v: Double) -> Double { top + (1 - v / yMax) * (height - top - bottom) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(title))\" class=\"plot\">"
        out += "<title>\(escape(title))</title>"
        out += "<line x1=\"\(left)\" y1=\"\(y(0))\" x2=\"\(width - right)\" y2=\"\(y(0))\" stroke=\"#5a6478\"/>"
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(y(0))\" stroke=\"#5a6478\"/>"
        for tick in [-4, -2, 0, 2, 4] {
            let i = thetas.firstIndex { abs($0 - Double(tick)) < 1e-9 } ?? 0
            out += "<text x=\"\(x(i))\" y=\"\(height - 8)\" font-size=\"11\" text-anchor=\"middle\">\(tick)</text>"
        }
        out += "<text x=\"\(left - 6)\" y=\"\(top + 4)\" font-size=\"11\" text-anchor=\"end\">\(String(format: "%.2f", yMax))</text>"
        out += "<text x=\"\(left - 6)\" y=\"\(y(0))\" font-size=\"11\" text-anchor=\"end\">0</text>"
        out += "<text x=\"\(width - right)\" y=\"\(height - 8)\" font-size=\"11\" text-anchor=\"end\">θ</text>"
        for (index, s) in series.enumerated() {
            let colour = colours[index % colours.count]
            let points = s.values.enumerated().map { String(format: "%.1f,%.1f", x($0.offset), y($0.element)) }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points)\"><title>\(escape(s.label))</title></polyline>"
            out += "<text x=\"\(left + 8 + Double(index) * 52)\" y=\"\(top - 8)\" font-size=\"11\" fill=\"\(colour)\">\(escape(s.label))</text>"
        }
        return out + "</svg>"
    }
}
