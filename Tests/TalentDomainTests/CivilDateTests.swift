import Testing
@testable import TalentDomain

@Suite("Civil dates")
struct CivilDateTests {
    @Test(arguments: ["15-03-1975", "15/03/1975", "1975-03-15", " 15-3-1975 ", "15/3/1975"])
    func parsesTheSpreadsheetForms(_ text: String) {
        #expect(CivilDate(parsing: text) == CivilDate(year: 1975, month: 3, day: 15))
    }

    @Test(arguments: ["31-04-2020", "29-02-2023", "1975/03/15", "15.03.1975", "15-03-75", "", "abc", "2020-13-01",
                      "00-01-2020", "1-1-1-1"])
    func rejectsOthers(_ text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test func ordersAndFormats() {
        let a = CivilDate(year: 2024, month: 2, day: 29)!
        let b = CivilDate(year: 2024, month: 3, day: 1)!
        #expect(a < b)
        #expect(a.iso == "2024-02-29")
        #expect(a.indonesian == "29-02-2024")
    }

    @Test func wholeYearsCountsOnlyPassedAnniversaries() {
        let birth = CivilDate(year: 1970, month: 6, day: 15)!
        #expect(birth.wholeYears(until: CivilDate(year: 2026, month: 6, day: 14)!) == 55)
        #expect(birth.wholeYears(until: CivilDate(year: 2026, month: 6, day: 15)!) == 56)
    }
}
