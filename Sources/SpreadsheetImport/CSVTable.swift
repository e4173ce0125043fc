/// A spreadsheet export read as a table: the header and the data rows, each with its line number.
///
/// Reads what BKD clerks' spreadsheets produce: `;`, `,` or tab separators (detected from the header
/// line), UTF-8 with or without a byte-order mark (and, failing UTF-8, Windows-1252, which Excel's plain
/// "CSV" export writes), quoted fields with doubled quotes, line breaks inside quotes, and CRLF endings.
public struct CSVTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        /// The 1-based line of the file where the row starts (the header is line 1).
        public let line: Int
        public let cells: [String]
    }

    public let separator: Character
    public let header: [String]
    public let rows: [Row]
    /// Notes about how the file was read (e.g. a non-UTF-8 encoding), for the import report.
    public let notes: [String]

    /// Decodes and parses raw file bytes.
    public init(bytes: [UInt8]) throws(CSVError) {
        var notes: [String] = []
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text: String
        if let utf8 = String(validating: body, as: UTF8.self) {
            text = utf8
        } else {
            text = String(body.map { Character(Windows1252.scalar(for: $0)) })
            notes.append("file is not valid UTF-8; read as Windows-1252")
        }
        try self.init(text: text, notes: notes)
    }

    /// Parses text (a leading byte-order mark is skipped).
    public init(text: String, notes: [String] = []) throws(CSVError) {
        var input = Substring(text)
        if input.first == "\u{FEFF}" { input = input.dropFirst() }
        let separator = CSVTable.detectSeparator(in: input)
        var records = try CSVTable.records(in: input, separator: separator)
        guard !records.isEmpty else { throw .empty }
        let header = records.removeFirst().cells.map(\.trimmed)
        guard header.contains(where: { !$0.isEmpty }) else { throw .empty }
        self.separator = separator
        self.header = header
        self.rows = records.filter { $0.cells.contains { !$0.trimmed.isEmpty } }
        self.notes = notes
    }

    /// The separator that occurs most often in the first line outside quotes; `,` on a tie.
    static func detectSeparator(in text: Substring) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for ch in text {
            if ch == "\"" { quoted.toggle() }
            if !quoted && (ch == "\n" || ch == "\r\n" || ch == "\r") { break }
            if !quoted, counts[ch] != nil { counts[ch]! += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key != ",") }!
        return best.value == 0 ? "," : best.key
    }

    private static func records(in text: Substring, separator: Character) throws(CSVError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var line = 1, rowStart = 1
        var quoted = false, afterQuote = false, quoteLine = 0
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            index = text.index(after: index)
            let isNewline = ch == "\n" || ch == "\r\n" || ch == "\r"
            if quoted {
                if ch == "\"" {
                    if index < text.endIndex && text[index] == "\"" {
                        cell.append("\"")
                        index = text.index(after: index)
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if isNewline { line += 1 }
                    cell.append(isNewline ? "\n" : ch)
                }
                continue
            }
            if ch == separator {
                cells.append(cell)
                cell = ""
                afterQuote = false
            } else if isNewline {
                cells.append(cell)
                rows.append(Row(line: rowStart, cells: cells))
                cells = []
                cell = ""
                afterQuote = false
                line += 1
                rowStart = line
            } else if ch == "\"" && cell.trimmed.isEmpty && !afterQuote {
                cell = ""
                quoted = true
                quoteLine = line
            } else if !afterQuote || !ch.isWhitespace {
                cell.append(ch)
            }
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append(Row(line: rowStart, cells: cells))
        }
        return rows
    }
}

/// Why a file could not be read as a table at all.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case .empty: "the file has no header row"
        case .unterminatedQuote(let line): "a quoted field opened on line \(line) is never closed"
        }
    }
}

/// The Windows-1252 code page, for spreadsheets saved as "CSV" rather than "CSV UTF-8".
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte) { return Unicode.Scalar(high[Int(byte) - 0x80])! }
        return Unicode.Scalar(byte)
    }
}
