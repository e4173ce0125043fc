/// The `place` command's input: a CSV of fits, one row per candidate and one column per post.
///
/// ```
/// candidate,P01,P02,P03      ← header: a label for the id column (anything, may be empty), then post ids
/// C01,91.5,,78               ← candidate id, then a fit from 0 to 100 per post; empty = ineligible
/// C02;83,25;100;             ← with ";" as the separator, a decimal comma is accepted too
/// ```
/// The separator is `;` when the header line has one (as Indonesian Excel writes), otherwise `,`.
/// A UTF-8 byte-order mark, `\r\n` line ends, blank lines, spaces around cells and double-quoted
/// cells (with `""` for a quote) are accepted. Fits are read as exact decimals and rounded to the
/// micro-point (six decimals), so no binary rounding enters the optimum.
public struct ScoreSheet: Sendable, Equatable {
    public let postIDs: [String]
    public let candidateIDs: [String]
    /// Fits by (post, candidate), in file order.
    public let fits: FitMatrix

    /// A sheet from its parts (the fits in the ids' order); sizes must agree.
    public init(postIDs: [String], candidateIDs: [String], fits: FitMatrix) {
        precondition(fits.postCount == postIDs.count && fits.candidateCount == candidateIDs.count, "sheet size mismatch")
        self.postIDs = postIDs
        self.candidateIDs = candidateIDs
        self.fits = fits
    }

    /// Parses a score sheet.
    /// - Parameter bytes: the file's content (UTF-8).
    /// - Throws: `PlacementError.badScores` with every problem found (reading stops at 1,000), each naming its
    ///   1-based line and, for a cell, the post id of its column: an empty file, no post columns,
    ///   an empty or duplicate post id, a ragged row, an empty or duplicate candidate id, a cell that
    ///   is not a plain decimal number (`NaN`, `1e2`, `abc`), or a fit outside 0 … 100.
    /// - Complexity: O(bytes).
    public static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) throws -> ScoreSheet {
        var reader = ScoreSheetReader(Array(bytes))
        return try reader.read()
    }
}

/// The byte-level reader behind `ScoreSheet.parse`.
struct ScoreSheetReader {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    private var separator: UInt8 = UInt8(ascii: ",")
    private var lastCellCount = 0
    private var problems: [ScoreSheetProblem] = []
    private static let problemLimit = 1_000

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Records a problem; at the limit, stops reading with what was found so far.
    private mutating func report(_ line: Int, _ post: String?, _ reason: String) throws {
        problems.append(ScoreSheetProblem(line: line, post: post, reason: reason))
        if problems.count == Self.problemLimit {
            problems.append(ScoreSheetProblem(line: line, reason: "stopped reading after \(Self.problemLimit) problems"))
            throw PlacementError.badScores(problems)
        }
    }

    mutating func read() throws -> ScoreSheet {
        guard let header = nextRecord(detectingSeparator: true) else {
            throw PlacementError.badScores([ScoreSheetProblem(line: 1, reason: "the file is empty")])
        }
        let postIDs = header.cells.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        if postIDs.isEmpty { try report(header.line, nil, "the header has no post columns") }
        var seenPosts = Set<String>()
        for (index, id) in postIDs.enumerated() {
            if id.isEmpty { try report(header.line, nil, "column \(index + 2) of the header has an empty post id") }
            else if !seenPosts.insert(id).inserted { try report(header.line, id, "duplicate post id") }
        }
        let n = postIDs.count
        var candidateIDs: [String] = []
        var firstLine: [String: Int] = [:]
        var byCandidate: [Int32] = []
        while let record = nextRecord(detectingSeparator: false) {
            guard record.cells.count == n + 1 else {
                try report(record.line, nil, "has \(record.cells.count) cells, the header has \(n + 1)")
                continue
            }
            let id = String(decoding: record.cells[0], as: UTF8.self)
            if id.isEmpty { try report(record.line, nil, "empty candidate id") }
            else if let earlier = firstLine.updateValue(record.line, forKey: id) {
                try report(record.line, nil, "duplicate candidate id \(id) (first on line \(earlier))")
                firstLine[id] = earlier
            }
            candidateIDs.append(id)
            for (index, cell) in record.cells.dropFirst().enumerated() {
                switch Self.fitUnits(cell, decimalComma: separator == UInt8(ascii: ";")) {
                case .success(let units): byCandidate.append(units)
                case .failure(let reason):
                    byCandidate.append(FitMatrix.ineligible)
                    try report(record.line, postIDs[index], "\"\(String(decoding: cell, as: UTF8.self))\" \(reason)")
                }
            }
        }
        guard problems.isEmpty else { throw PlacementError.badScores(problems) }
        let m = candidateIDs.count
        var fits = FitMatrix(postCount: n, candidateCount: m)
        for candidate in 0 ..< m {
            for post in 0 ..< n { fits.units[post * m + candidate] = byCandidate[candidate * n + post] }
        }
        return ScoreSheet(postIDs: postIDs, candidateIDs: candidateIDs, fits: fits)
    }

    /// The next non-blank record: its first line and its cells, trimmed of spaces and unquoted.
    private mutating func nextRecord(detectingSeparator: Bool) -> (line: Int, cells: [ArraySlice<UInt8>])? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        while position < bytes.count {
            let start = line
            if detectingSeparator {
                // The header line decides: ";" if it has one outside quotes.
                var index = position, quoted = false
                while index < bytes.count, quoted || bytes[index] != newline {
                    if bytes[index] == quote { quoted.toggle() }
                    if !quoted && bytes[index] == UInt8(ascii: ";") { separator = UInt8(ascii: ";"); break }
                    index += 1
                }
            }
            // Unquoted cells are slices of the file (no copy); a quoted cell is unescaped into its own array.
            var cells: [ArraySlice<UInt8>] = []
            cells.reserveCapacity(lastCellCount)
            var atEnd = false
            while !atEnd {
                var cellStart = position
                while cellStart < bytes.count && (bytes[cellStart] == 0x20 || bytes[cellStart] == 0x09) { cellStart += 1 }
                var cell: ArraySlice<UInt8>
                var index: Int
                if cellStart < bytes.count && bytes[cellStart] == quote {
                    var unquoted: [UInt8] = []
                    index = cellStart + 1
                    while index < bytes.count {
                        let byte = bytes[index]
                        index += 1
                        if byte == quote {
                            guard index < bytes.count && bytes[index] == quote else { break }
                            index += 1
                        } else if byte == newline {
                            line += 1
                        }
                        unquoted.append(byte)
                    }
                    // Anything between the closing quote and the separator is kept, as Excel would.
                    let restStart = index
                    while index < bytes.count && bytes[index] != separator && bytes[index] != newline { index += 1 }
                    unquoted.append(contentsOf: bytes[restStart ..< index])
                    cell = unquoted[...]
                } else {
                    index = cellStart
                    while index < bytes.count && bytes[index] != separator && bytes[index] != newline { index += 1 }
                    cell = bytes[cellStart ..< index]
                }
                while let last = cell.last, last == 0x20 || last == 0x09 || last == carriageReturn { cell = cell.dropLast() }
                cells.append(cell)
                if index < bytes.count && bytes[index] == separator {
                    position = index + 1
                } else {
                    if index < bytes.count { line += 1 }
                    position = index + 1
                    atEnd = true
                }
            }
            lastCellCount = cells.count
            if cells.count == 1 && cells[0].isEmpty { continue }
            return (start, cells)
        }
        return nil
    }

    /// An exact decimal fit in micro-points: digits, at most one decimal mark, an optional sign;
    /// empty = ineligible.
    static func fitUnits(_ cell: ArraySlice<UInt8>, decimalComma: Bool) -> Result<Int32, FitCellError> {
        if cell.isEmpty { return .success(FitMatrix.ineligible) }
        var index = cell.startIndex
        var negative = false
        if cell[index] == UInt8(ascii: "+") || cell[index] == UInt8(ascii: "-") {
            negative = cell[index] == UInt8(ascii: "-")
            index += 1
        }
        var whole: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, digits = 0
        var roundUp = false, seenMark = false
        while index < cell.endIndex {
            let byte = cell[index]
            index += 1
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let digit = Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if !seenMark {
                    whole = min(whole * 10 + digit, 1_000_000)
                } else if fractionDigits < 6 {
                    fraction = fraction * 10 + digit
                    fractionDigits += 1
                } else if fractionDigits == 6 {
                    roundUp = digit >= 5
                    fractionDigits += 1
                }
            } else if !seenMark && (byte == UInt8(ascii: ".") || (decimalComma && byte == UInt8(ascii: ","))) {
                seenMark = true
            } else {
                return .failure(.notANumber)
            }
        }
        guard digits > 0 else { return .failure(.notANumber) }
        for _ in min(fractionDigits, 6) ..< 6 { fraction *= 10 }
        let units = whole * FitMatrix.unitsPerPoint + fraction + (roundUp ? 1 : 0)
        if units == 0 { return .success(0) }
        guard !negative, units <= Int64(FitMatrix.maximumUnits) else { return .failure(.outOfRange) }
        return .success(Int32(units))
    }

    enum FitCellError: Error, CustomStringConvertible {
        case notANumber, outOfRange
        var description: String {
            switch self {
            case .notANumber: "is not a number"
            case .outOfRange: "is outside 0 to 100"
            }
        }
    }
}
