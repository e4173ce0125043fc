import Foundation

/// Writes ``ExportTable``s as an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML), one worksheet
/// per table, in order.
///
/// The package is a ZIP of stored entries (see ``StoredZip``) holding, in this order:
/// `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/styles.xml` and `xl/worksheets/sheet1.xml` ... `sheetN.xml`. Each worksheet is laid out by
/// ``WorksheetXML``: bold frozen header row, column widths from content, text as inline-string cells in
/// the text format, numbers as numeric cells, empty cells omitted. Sheet names are made valid and
/// distinct by ``SheetName``. An empty list of tables gives one empty sheet named `Sheet1`, since a
/// workbook needs at least one.
///
/// Text is XML-escaped and cleaned of characters XML 1.0 forbids (see ``XMLText``). No part carries a
/// date, author or random id, so the same tables always give the same bytes.
///
/// Limits, not checked: Excel shows at most 1,048,576 rows and 16,384 columns per sheet; the archive
/// must stay below 4 GiB.
public enum XLSXExport {
    public static func data(_ sheets: [ExportTable]) -> Data {
        let tables = sheets.isEmpty ? [ExportTable(name: "Sheet1", columns: [], rows: [])] : sheets
        let names = SheetName.unique(tables.map(\.name))
        var zip = StoredZip()
        zip.add(path: "[Content_Types].xml", contents: contentTypes(sheetCount: tables.count))
        zip.add(path: "_rels/.rels", contents: packageRelationships)
        zip.add(path: "xl/workbook.xml", contents: workbook(names: names))
        zip.add(path: "xl/_rels/workbook.xml.rels", contents: workbookRelationships(sheetCount: tables.count))
        zip.add(path: "xl/styles.xml", contents: styles)
        for (index, table) in tables.enumerated() {
            let xml = WorksheetXML.xml(table, selected: index == 0)
            zip.add(path: "xl/worksheets/sheet\(index + 1).xml", contents: Array(xml.utf8))
        }
        return Data(zip.finished())
    }

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> [UInt8] {
        let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(prefix).sheet.main+xml"/>"#
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(prefix).styles+xml"/>"#
        for number in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="\#(prefix).worksheet+xml"/>"#
        }
        xml += "</Types>"
        return Array(xml.utf8)
    }

    private static let packageRelationships = Array((declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipTypes)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>").utf8)

    private static func workbook(names: [String]) -> [UInt8] {
        var xml = declaration
        xml += #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipTypes)">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in names.enumerated() {
            xml += #"<sheet name="\#(XMLText.escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets></workbook>"
        return Array(xml.utf8)
    }

    /// Worksheets are `rId1` ... `rIdN` (matching `workbook.xml`), the styles part is `rIdN+1`.
    private static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = declaration
        xml += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for number in 1...sheetCount {
            xml += #"<Relationship Id="rId\#(number)" Type="\#(relationshipTypes)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipTypes)/styles" Target="styles.xml"/>"#
        xml += "</Relationships>"
        return Array(xml.utf8)
    }

    /// Cell formats (`cellXfs`): 0 the default, 1 the bold header (``WorksheetXML/Style/header``), 2 data
    /// text in the text number format `@` (id 49). The two fills are the ones Excel requires.
    private static let styles = Array((declaration
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>"#
        + #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>").utf8)
}
