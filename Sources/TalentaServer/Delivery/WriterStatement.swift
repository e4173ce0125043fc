import Foundation
import SQLKit
import SQLiteNIO

/// A statement of the group commit, written as text and values instead of SQLKit's expression tree.
///
/// A batch binds thousands of values; serializing them through SQLKit (an existential per value, a dialect
/// call per placeholder, `SQLiteDataEncoder`'s dynamic casts and, for a UUID, a nested `Encoder`) took about
/// 6 % of the server's time at saturation. On SQLite the text and values go to the connection as they are
/// (`sqlite`); on PostgreSQL the statement serializes through SQLKit like any other expression, with the
/// dialect's placeholders.
///
/// Values are bound as SQLiteKit and PostgresKit bind the same Swift values, so the rows stored are the same:
/// a UUID is its upper-case text on SQLite and a `uuid` on PostgreSQL.
struct WriterStatement: SQLExpression {
    enum Value: Sendable, Equatable {
        case text(String)
        case integer(Int)
        case real(Double)
        case id(UUID)
        case null
    }

    /// The text with `?` where each value goes.
    private(set) var text = ""
    private(set) var values: [Value] = []
    /// Where each `?` stands in `text`, in UTF-8 bytes.
    private var marks: [Int] = []

    init(_ text: String = "") {
        self.text = text
    }

    mutating func append(_ sql: String) {
        text += sql
    }

    mutating func bind(_ value: Value) {
        marks.append(text.utf8.count)
        values.append(value)
        text += "?"
    }

    /// A `VALUES` list: one row per element, `(…), (…)`, each the values `row` gives for it.
    mutating func rows<Element>(_ elements: some Sequence<Element>, _ row: (Element) -> [Value]) {
        for (rowIndex, element) in elements.enumerated() {
            text += rowIndex == 0 ? "(" : ", ("
            for (index, value) in row(element).enumerated() {
                if index > 0 { text += ", " }
                bind(value)
            }
            text += ")"
        }
    }

    /// The statement as SQLite takes it, its constraints `OR FAIL`: a failing statement stops where it is
    /// instead of undoing its own rows first. SQLite would otherwise keep a statement journal for every
    /// multi-row statement that may abort (a copy of each page it changes), and a batch's statements run
    /// in one transaction that `TalentaDatabase.batchTransaction` rolls back whole if any of them fails.
    var sqlite: (sql: String, binds: [SQLiteData]) {
        (Self.failing(text), values.map { value in
            switch value {
            case .text(let text): .text(text)
            case .integer(let integer): .integer(integer)
            case .real(let real): .float(real)
            case .id(let id): .text(id.uuidString)
            case .null: .null
            }
        })
    }

    /// `INSERT INTO …` as `INSERT OR FAIL INTO …`, `UPDATE …` as `UPDATE OR FAIL …`; other text as it is.
    static func failing(_ text: String) -> String {
        if text.hasPrefix("INSERT INTO ") { return "INSERT OR FAIL INTO " + text.dropFirst("INSERT INTO ".count) }
        if text.hasPrefix("UPDATE ") { return "UPDATE OR FAIL " + text.dropFirst("UPDATE ".count) }
        return text
    }

    func serialize(to serializer: inout SQLSerializer) {
        let utf8 = Array(text.utf8)
        var start = 0
        for (mark, value) in zip(marks, values) {
            serializer.write(String(decoding: utf8[start ..< mark], as: UTF8.self))
            switch value {
            case .text(let text): serializer.write(bind: text)
            case .integer(let integer): serializer.write(bind: integer)
            case .real(let real): serializer.write(bind: real)
            case .id(let id): serializer.write(bind: id)
            case .null: serializer.write(bind: Double?.none)
            }
            start = mark + 1
        }
        serializer.write(String(decoding: utf8[start...], as: UTF8.self))
    }
}
