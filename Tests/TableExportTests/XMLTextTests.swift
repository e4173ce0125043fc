import Testing
@testable import TableExport

@Suite("Text in XML parts")
struct XMLTextTests {
    @Test func markupCharactersAreEscaped() {
        #expect(XMLText.escaped(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
    }

    @Test func charactersXMLForbidsAreDropped() {
        // setup
        let text = "a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\u{FFFF}h"
        // MUT / validate
        #expect(XMLText.escaped(text) == "abcdefgh")
        #expect(XMLText.escaped("tab\tlf\ncr\r") == "tab\tlf\ncr\r")
        #expect(XMLText.escaped("\u{7F}\u{85}\u{D7FF}\u{E000}\u{10FFFF}") == "\u{7F}\u{85}\u{D7FF}\u{E000}\u{10FFFF}")
    }

    @Test func cellTextKeepsUnderscoreEscapesLiteral() {
        #expect(XMLText.cellText("_x0041_") == "_x005F_x0041_")
        #expect(XMLText.cellText("a_x00e9_b_x12_c_xZZZZ_") == "a_x005F_x00e9_b_x12_c_xZZZZ_")
    }

    @Test func cellTextUsesLineFeedsAndTheExcelLengthLimit() {
        #expect(XMLText.cellText("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(XMLText.cellText(String(repeating: "x", count: 40_000)).utf16.count == 32_767)
        // a character of two UTF-16 units that would cross the limit is left out whole
        let long = String(repeating: "x", count: 32_766) + "😀"
        #expect(XMLText.cellText(long) == String(repeating: "x", count: 32_766))
    }
}
