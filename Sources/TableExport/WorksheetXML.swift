/// The worksheet part (`xl/worksheets/sheetN.xml`) of one ``ExportTable``.
///
/// Row 1 is the header in bold, frozen so that it stays visible while scrolling. Text is written as an
/// inline string (`t="inlineStr"`) with the text number format `@`, so that neither opening nor editing
/// the cell turns a NIP into a number; numbers are numeric cells (`<v>`); empty cells and empty text are
/// omitted. Columns get a width from their longest content (``ColumnWidths``).
enum WorksheetXML {
    static func xml(_ table: ExportTable, selected: Bool) -> String {
        let width = table.rows.reduce(table.columns.count) { max($0, $1.count) }
        let columnNames = (0..<width).map(columnName)
        var widths = ColumnWidths(count: width)
        var sheetData = "<sheetData>"
        appendRow(table.columns.map(ExportCell.text), number: 1, style: Style.header, columnNames: columnNames,
                  widths: &widths, to: &sheetData)
        for (index, row) in table.rows.enumerated() {
            appendRow(row, number: index + 2, style: Style.text, columnNames: columnNames, widths: &widths,
                      to: &sheetData)
        }
        sheetData += "</sheetData>"

        let dimension = width == 0 ? "A1" : "A1:" + columnNames[width - 1] + String(table.rows.count + 1)
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<dimension ref="\#(dimension)"/>"#
        xml += #"<sheetViews><sheetView workbookViewId="0"\#(selected ? #" tabSelected="1""# : "")>"#
        xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if width > 0 {
            xml += "<cols>"
            for (index, characters) in widths.characters.enumerated() {
                xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(characters)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        return xml + sheetData + "</worksheet>"
    }

    /// Indices into `cellXfs` of the styles part (see ``XLSXExport``).
    enum Style {
        static let header = 1
        static let text = 2
    }

    private static func appendRow(_ cells: [ExportCell], number: Int, style: Int, columnNames: [String],
                                  widths: inout ColumnWidths, to xml: inout String) {
        let rowNumber = String(number)
        xml += #"<row r="\#(rowNumber)">"#
        for (index, cell) in cells.enumerated() {
            switch cell {
            case .text(let text) where !text.isEmpty:
                widths.measure(text: text, column: index)
                let content = XMLText.escaped(XMLText.cellText(text))
                let first = content.unicodeScalars.first, last = content.unicodeScalars.last
                let preserve = [first, last].contains { $0?.properties.isWhitespace ?? false }
                xml += #"<c r="\#(columnNames[index])\#(rowNumber)" s="\#(style)" t="inlineStr"><is><t"#
                xml += preserve ? #" xml:space="preserve">"# : ">"
                xml += content
                xml += "</t></is></c>"
            case .number, .integer:
                guard let value = cell.plainText else { continue }
                widths.measure(number: value, column: index)
                xml += #"<c r="\#(columnNames[index])\#(rowNumber)"><v>"#
                xml += value
                xml += "</v></c>"
            case .text, .empty:
                continue
            }
        }
        xml += "</row>"
    }

    /// The column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
