import Testing
@testable import TalentDomain

@Suite("NIP validation")
struct NIPTests {
    @Test func parsesEveryPart() throws {
        // MUT
        let nip = try NIP("197503152000031002")
        // validate
        #expect(nip.birthDate == CivilDate(year: 1975, month: 3, day: 15))
        #expect(nip.appointmentYear == 2000)
        #expect(nip.appointmentMonth == 3)
        #expect(nip.sex == .male)
        #expect(nip.sequence == 2)
        #expect(nip.grouped == "19750315 200003 1 002")
    }

    @Test func acceptsTheGroupedForm() throws {
        #expect(try NIP("19810822 200604 2 001").value == "198108222006042001")
        #expect(try NIP("198108222006042001").sex == .female)
    }

    @Test func acceptsLeapDayOnlyInLeapYears() throws {
        #expect(try NIP("197602292000031001").birthDate.day == 29)
        #expect(throws: NIPError.impossibleBirthDate("19750229")) { try NIP("197502292000031001") }
        #expect(try NIP("200002292024011001").birthDate.year == 2000)
        #expect(throws: NIPError.impossibleBirthDate("19000229")) { try NIP("190002291925011001") }
    }

    @Test(arguments: [
        ("", NIPError.empty),
        ("   ", NIPError.empty),
        ("19750315200003100", NIPError.wrongLength(17)),
        ("1975031520000310021", NIPError.wrongLength(19)),
        ("19750315200003100A", NIPError.nonDigit("A")),
        ("1975-0315200003100", NIPError.nonDigit("-")),
        ("197513152000031002", NIPError.impossibleBirthDate("19751315")),
        ("197504312000031002", NIPError.impossibleBirthDate("19750431")),
        ("197500102000031002", NIPError.impossibleBirthDate("19750010")),
        ("180001012000031002", NIPError.impossibleBirthDate("18000101")),
        ("197503152000131002", NIPError.impossibleAppointment("200013")),
        ("197503152000001002", NIPError.impossibleAppointment("200000")),
        ("197503151970011002", NIPError.impossibleAppointment("197001")),
        ("197503152000033002", NIPError.invalidSexDigit(3)),
        ("197503152000030002", NIPError.invalidSexDigit(0)),
        ("197503152000031000", NIPError.zeroSequence),
    ])
    func rejects(_ text: String, _ expected: NIPError) {
        #expect(throws: expected) { try NIP(text) }
    }

    @Test func errorMessagesNameThePart() {
        #expect(NIPError.invalidSexDigit(3).description.contains("digit 15"))
        #expect(NIPError.wrongLength(17).description.contains("18 digits"))
        #expect(NIPError.impossibleBirthDate("19751315").description.contains("19751315"))
    }

    @Test func sexParsing() {
        #expect(Sex(parsing: "Laki-laki") == .male)
        #expect(Sex(parsing: " p ") == .female)
        #expect(Sex(parsing: "X") == nil)
    }
}
