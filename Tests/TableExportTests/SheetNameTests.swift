import Testing
@testable import TableExport

@Suite("Worksheet names Excel accepts")
struct SheetNameTests {
    @Test func forbiddenCharactersControlsAndApostrophesAreCleaned() {
        #expect(SheetName.sanitized("Eselon II/III") == "Eselon II-III")
        #expect(SheetName.sanitized("[a]:b*c?d\\e") == "-a--b-c-d-e")
        #expect(SheetName.sanitized("tab\there\nline") == "tabhereline")
        #expect(SheetName.sanitized("  'Kutip'  ") == "Kutip")
        #expect(SheetName.sanitized("'''") == "")
    }

    @Test func namesAreCutAt31UTF16UnitsOnACharacterBoundary() {
        #expect(SheetName.sanitized(String(repeating: "a", count: 40)) == String(repeating: "a", count: 31))
        // 30 ASCII letters and a flag (4 UTF-16 units): the flag does not fit and is not split.
        #expect(SheetName.sanitized(String(repeating: "a", count: 30) + "🇮🇩") == String(repeating: "a", count: 30))
        // a cut that leaves a trailing space drops it
        #expect(SheetName.sanitized(String(repeating: "a", count: 30) + " b") == String(repeating: "a", count: 30))
    }

    @Test func duplicatesGetTheFirstFreeSuffixIgnoringCase() {
        #expect(SheetName.unique(["Hasil", "HASIL", "hasil", "Hasil (2)"]) == ["Hasil", "HASIL (2)", "hasil (3)", "Hasil (2) (2)"])
        #expect(SheetName.unique(["", "", "Sheet2"]) == ["Sheet1", "Sheet2", "Sheet2 (2)"])
        #expect(SheetName.unique(["history"]) == ["history (2)"])
    }
}
