import Foundation

/// Writes one ``ExportTable`` as CSV (RFC 4180).
///
/// The format, byte for byte:
/// - UTF-8, starting with the byte-order mark `EF BB BF` so that Excel reads accents correctly;
/// - the header, then one record per row, each ended by CRLF (the last one too);
/// - fields separated by `,`; a field holding `,`, `"`, CR or LF is enclosed in `"` with inner `"`
///   doubled, other fields are written as they are (text is never trimmed or altered);
/// - numbers as ``PlainNumber`` writes them (`.` as the decimal point), integers in decimal, empty
///   cells and non-finite numbers as empty fields;
/// - every record is padded with empty fields to the width of the widest record (header or row), as
///   RFC 4180 asks; a record that is a single empty field is written as `""` so that it is not a blank
///   line; a table with no columns and no rows is the byte-order mark alone.
///
/// The same table always gives the same bytes.
///
/// CSV carries no types. Excel, opened on a CSV, turns long digit strings such as an 18-digit NIP into
/// numbers whatever the quoting, and under an Indonesian locale expects `;` and a decimal comma. Give
/// clerks ``XLSXExport``; CSV is for programs and for LibreOffice's import dialog.
public enum CSVExport {
    public static func data(_ table: ExportTable) -> Data {
        let width = table.rows.reduce(table.columns.count) { max($0, $1.count) }
        var text = "\u{FEFF}"
        if width > 0 {
            appendRecord(table.columns.map { $0 as String? }, width: width, to: &text)
            for row in table.rows {
                appendRecord(row.map(\.plainText), width: width, to: &text)
            }
        }
        return Data(text.utf8)
    }

    private static func appendRecord(_ fields: [String?], width: Int, to text: inout String) {
        if width == 1, (fields.first ?? nil)?.isEmpty ?? true {
            text += "\"\"\r\n"
            return
        }
        for index in 0..<width {
            if index > 0 { text += "," }
            if index < fields.count, let field = fields[index] { text += quoted(field) }
        }
        text += "\r\n"
    }

    /// The field as RFC 4180 writes it: enclosed in quotes (inner quotes doubled) when it holds a comma,
    /// a quote, CR or LF.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return field }
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in field.unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append("\"") }
        }
        result.append("\"")
        return String(result)
    }
}
