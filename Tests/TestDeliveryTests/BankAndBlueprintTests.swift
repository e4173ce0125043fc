import Foundation
import Psychometrics
import Testing
@testable import TestDelivery

@Suite("Demo bank and battery blueprint")
struct BankAndBlueprintTests {
    @Test func demoBankHasWhatTheBatteryNeeds() throws {
        let items = try DemoBank.items()
        let bySection = Dictionary(grouping: items, by: \.section)
        #expect(bySection[.cognitiveAdaptive]?.count ?? 0 >= 300)
        let sjt = Dictionary(grouping: bySection[.situationalJudgement] ?? [], by: \.area)
        #expect(Set(sjt.keys) == ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"])
        #expect(sjt.values.allSatisfy { $0.count >= 6 })
        let likert = Dictionary(grouping: (bySection[.potentialLikert] ?? []) + (bySection[.integrityLikert] ?? []), by: \.area)
        #expect(likert.count == 9)
        #expect(likert.values.allSatisfy { $0.count >= 6 })
        #expect(Set(items.map(\.key)).count == items.count)
    }

    @Test func everyDemoItemIsValid() throws {
        for item in try DemoBank.items() {
            #expect(item.problems().isEmpty, "\(item.key): \(item.problems())")
        }
    }

    @Test func cognitiveItemsAreDeterministicAndScorable() throws {
        #expect(CognitiveGenerator.items() == CognitiveGenerator.items())
        for item in CognitiveGenerator.items() {
            let key = try #require(item.correctOption)
            #expect(item.options.contains { $0.key == key })
            #expect(Set(item.options.map(\.text)).count == item.options.count, "\(item.key) has duplicate options")
            _ = try #require(item.parameters).itemParameters(id: item.key)
        }
    }

    @Test func presentedItemsCarryNoScoringData() throws {
        let items = try DemoBank.items()
        for item in items.prefix(400) {
            let json = String(decoding: try JSONEncoder().encode(PresentedItem(item)), as: UTF8.self)
            #expect(!json.contains("correct"))
            #expect(!json.contains("level"))
            #expect(!json.contains("parameters"))
            #expect(!json.contains("reverse"))
        }
    }

    @Test func blueprints() {
        #expect(BatteryBlueprint.standard.problem() == nil)
        #expect((220...260).contains(BatteryBlueprint.standard.totalMinutes))
        #expect(BatteryBlueprint.short.problem() == nil)
        var bad = BatteryBlueprint.standard
        bad.sections[1].id = "kognitif"
        #expect(bad.problem()?.contains("duplicate") == true)
        bad = BatteryBlueprint.standard
        bad.sections[0].maximumItems = nil
        #expect(bad.problem()?.contains("maximumItems") == true)
        #expect(!SectionBlueprint.Kind.cognitiveAdaptive.allowsReview)
        #expect(SectionBlueprint.Kind.situationalJudgement.allowsReview)
    }
}
