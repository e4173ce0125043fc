/// Column widths in characters: the longest line of any cell in the column plus 2 for padding and the
/// bold header, at least 8 (Excel's default is 8.43) and at most 60. Numbers count at most 11
/// characters, the most that the General format shows.
struct ColumnWidths {
    private var longest: [Int]

    init(count: Int) { longest = Array(repeating: 0, count: count) }

    var characters: [Int] { longest.map { min(60, max(8, $0 + 2)) } }

    mutating func measure(text: String, column: Int) {
        let isPlainASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 }
        let length = isPlainASCII ? text.utf8.count : text.split(omittingEmptySubsequences: false) { $0.isNewline }
            .reduce(0) { max($0, $1.count) }
        longest[column] = max(longest[column], length)
    }

    mutating func measure(number: String, column: Int) {
        longest[column] = max(longest[column], min(11, number.utf8.count))
    }
}
