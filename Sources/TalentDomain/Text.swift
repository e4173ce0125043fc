extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, non-breaking spaces, newlines).
    public var trimmed: String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
              let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }

    /// A key for matching spreadsheet headers and codes loosely: lower case, with spaces, dots,
    /// hyphens and underscores removed (`"Tanggal Lahir"`, `"tanggal_lahir"` → `"tanggallahir"`).
    public var looseKey: String {
        String(lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." })
    }
}
