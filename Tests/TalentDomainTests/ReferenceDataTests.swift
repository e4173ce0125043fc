import Testing
@testable import TalentDomain

@Suite("Reference data: ranks, education, job classes, competencies")
struct ReferenceDataTests {
    @Test(arguments: ["IV/a", "iv/a", "IV.a", "IVa", "4/a", "4a", "Pembina"])
    func golonganForms(_ text: String) {
        #expect(Golongan(parsing: text) == Golongan(group: 4, ruang: "a"))
    }

    @Test func golonganOrderAndNames() {
        #expect(Golongan.all.count == 17)
        #expect(Golongan(parsing: "III/d")! < Golongan(parsing: "IV/a")!)
        #expect(Golongan(parsing: "IV/b")!.pangkat == "Pembina Tingkat I")
        #expect(Golongan(parsing: "IV/c")!.pangkat == "Pembina Utama Muda")
        #expect(Golongan(parsing: "IV/e")!.pangkat == "Pembina Utama")
        #expect(Golongan(parsing: "III/e") == nil)
        #expect(Golongan(parsing: "V/a") == nil)
    }

    @Test func educationLevels() {
        #expect(Education(parsing: "S-1") == .s1)
        #expect(Education(parsing: "D IV") == .d4)
        #expect(Education(parsing: "Magister") == .s2)
        #expect(Education.d4.level == Education.s1.level)
        #expect(Education.d3 < Education.s1)
        #expect(Education(parsing: "S4") == nil)
    }

    @Test func jobClassesAndDefaultStandards() {
        #expect(JobClass(parsing: "jpt pratama") == .jptPratama)
        #expect(JobClass(parsing: "Eselon II.b") == .jptPratama)
        #expect(StandardLevels.default.level(for: .jptPratama) == 4)
        #expect(StandardLevels.default.level(for: .administrator) == 3)
        #expect(StandardLevels.default.level(for: .ahliMadya) == 3)
        let skj = CompetencyStandard(jobClass: .jptPratama, overrides: [.integritas: 5])
        #expect(skj.level(.integritas) == 5)
        #expect(skj.level(.kerjaSama) == 4)
    }

    @Test func competencyCodes() {
        #expect(Competency(code: "M.01") == .integritas)
        #expect(Competency(code: "m1") == .integritas)
        #expect(Competency(code: "SK-01") == .perekatBangsa)
        #expect(Competency(code: "M.09") == nil)
        #expect(Competency(code: "T.KES.01") == nil)
        #expect(Competency.allCases.count == 9)
    }

    @Test func dictionaryHasFiveDescribedLevelsForEachCompetency() {
        #expect(CompetencyDictionary.entries.map(\.competency) == Competency.allCases)
        for entry in CompetencyDictionary.entries {
            #expect(entry.levels.count == 5)
            #expect(Set(entry.levels).count == 5)
            #expect(entry.levels.allSatisfy { !$0.isEmpty })
            #expect(!entry.definition.isEmpty)
            #expect(entry.description(level: 6) == nil)
        }
        #expect(Competency.komunikasi.name == "Komunikasi")
    }

    @Test func predikatParsing() {
        #expect(Predikat(parsing: "SANGAT BAIK") == .sangatBaik)
        #expect(Predikat(parsing: "butuh_perbaikan") == .butuhPerbaikan)
        #expect(Predikat(parsing: "Cukup") == nil)
    }
}
