import Foundation
import Testing
@testable import TestDelivery

@Suite("Attempts: sections, adaptive and linear items, timing, idempotent saves")
struct AttemptTests {
    static let bank = try! DeliveryBank(items: DemoBank.items())

    func correctAnswer(_ key: String) -> String {
        Self.bank.items[key]?.correctOption ?? Self.bank.items[key]!.options[0].key
    }

    @Test func theBankGivesTheVersionItDeliversOfTheKeysItHolds() throws {
        let items = try DemoBank.items()
        let first = try #require(items.first)
        // A newer active version of one item: the bank delivers that one.
        var newer = first
        newer.version = first.version + 1
        let bank = try DeliveryBank(items: items + [newer])
        let second = try #require(items.dropFirst().first)
        let given = bank.versions(of: [second.key, "NO-SUCH-ITEM", first.key])
        #expect(given.map(\.key) == [second.key, first.key])
        #expect(given.map(\.version) == [second.version, first.version + 1])
    }

    @Test func aShortBatteryEndToEnd() throws {
        // setup
        var attempt = Attempt(seed: 42, blueprint: .short)
        var now = 1_000.0, sequence = 0
        // MUT + validate
        try attempt.start(at: now)
        #expect(AttemptView(attempt, bank: Self.bank, at: now).section?.state == "pending")
        for (index, blueprint) in BatteryBlueprint.short.sections.enumerated() {
            try attempt.startSection(at: now, bank: Self.bank)
            var view = AttemptView(attempt, bank: Self.bank, at: now)
            #expect(view.section?.index == index)
            #expect(view.section?.state == "running")
            if blueprint.kind == .cognitiveAdaptive {
                while let item = view.section?.current, view.section?.index == index {
                    sequence += 1
                    now += 10
                    #expect(try attempt.answer(item: item.key, value: item.options[0].key, sequence: sequence, at: now,
                                               bank: Self.bank) == .stored)
                    view = AttemptView(attempt, bank: Self.bank, at: now)
                }
                #expect(attempt.sections[index].items.count == 5)
                #expect(attempt.sections[index].stopReason != nil)
            } else {
                for key in attempt.sections[index].items {
                    sequence += 1
                    now += 5
                    try attempt.answer(item: key, value: Self.bank.items[key]!.options[1].key, sequence: sequence,
                                       at: now, bank: Self.bank)
                }
                #expect(AttemptView(attempt, bank: Self.bank, at: now).section?.answeredCount == attempt.sections[index].items.count)
                try attempt.submitSection(at: now)
            }
        }
        #expect(attempt.status == .finished)
        #expect(attempt.answers.entries.count == 5 + 9 + 3)
    }

    @Test func linearFormsFollowTheBlueprintAndTheSeed() throws {
        let form = Attempt.form(for: BatteryBlueprint.short.sections[1], index: 1, seed: 42, bank: Self.bank)
        #expect(form.count == 9)
        #expect(Set(form.map { Self.bank.items[$0]!.area }).count == 9)
        #expect(form == Attempt.form(for: BatteryBlueprint.short.sections[1], index: 1, seed: 42, bank: Self.bank))
        #expect(form != Attempt.form(for: BatteryBlueprint.short.sections[1], index: 1, seed: 43, bank: Self.bank))
    }

    @Test func savesAreIdempotentAndOrderIndependent() throws {
        var attempt = Attempt(seed: 7, blueprint: .short)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        let first = try #require(attempt.sections[0].items.last)
        #expect(try attempt.answer(item: first, value: "A", sequence: 1, at: 1, bank: Self.bank) == .stored)
        let administered = attempt.sections[0].items.count
        // The same request again (a retry after a lost response) administers nothing new.
        #expect(try attempt.answer(item: first, value: "A", sequence: 1, at: 2, bank: Self.bank) == .duplicate)
        #expect(attempt.sections[0].items.count == administered)
        // Forward only: the first item cannot be answered anew.
        #expect(throws: DeliveryError.notCurrentItem(item: first, current: attempt.sections[0].items.last!)) {
            try attempt.answer(item: first, value: "B", sequence: 2, at: 3, bank: Self.bank)
        }
        // Linear section: a late, lower-numbered save does not overwrite a newer one.
        while attempt.currentSectionIndex(at: 10) == 0, let key = attempt.sections[0].items.last {
            try attempt.answer(item: key, value: "A", sequence: attempt.answers.lastSequence + 1, at: 10, bank: Self.bank)
        }
        try attempt.startSection(at: 20, bank: Self.bank)
        let sjt = attempt.sections[1].items[0]
        let options = Self.bank.items[sjt]!.options.map(\.key)
        #expect(try attempt.answer(item: sjt, value: options[2], sequence: 50, at: 21, bank: Self.bank) == .stored)
        #expect(try attempt.answer(item: sjt, value: options[0], sequence: 49, at: 22, bank: Self.bank) == .superseded(by: 50))
        #expect(attempt.answers.answer(for: sjt) == options[2])
        #expect(throws: DeliveryError.invalidAnswer(item: sjt, value: "Z", allowed: options)) {
            try attempt.answer(item: sjt, value: "Z", sequence: 51, at: 23, bank: Self.bank)
        }
        #expect(throws: DeliveryError.invalidSequence(0)) {
            try attempt.answer(item: sjt, value: options[0], sequence: 0, at: 23, bank: Self.bank)
        }
    }

    @Test func timeRunsOutOnTheServer() throws {
        var attempt = Attempt(seed: 1, blueprint: .short)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        let item = try #require(attempt.sections[0].items.last)
        // The browser is closed for 11 minutes; the 10-minute section is over.
        let later = 11.0 * 60
        #expect(throws: DeliveryError.sectionEnded(section: "kognitif")) {
            try attempt.answer(item: item, value: "A", sequence: 1, at: later, bank: Self.bank)
        }
        let view = AttemptView(attempt, bank: Self.bank, at: later)
        #expect(view.section?.id == "manajerial")
        #expect(view.section?.state == "pending")
        #expect(view.section?.remainingSeconds == 600)
    }

    @Test func pauseAndExtraTime() throws {
        var attempt = Attempt(seed: 1, blueprint: .short)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        attempt.pause(at: 60)
        let item = try #require(attempt.sections[0].items.last)
        #expect(throws: DeliveryError.paused(section: "kognitif")) {
            try attempt.answer(item: item, value: "A", sequence: 1, at: 100, bank: Self.bank)
        }
        #expect(AttemptView(attempt, bank: Self.bank, at: 500).section?.remainingSeconds == 540)
        #expect(AttemptView(attempt, bank: Self.bank, at: 500).section?.state == "paused")
        attempt.resume(at: 500)
        attempt.addExtraTime(120, at: 500)
        #expect(AttemptView(attempt, bank: Self.bank, at: 560).section?.remainingSeconds == 600)
    }

    /// `closesAt` is the time from which no section is left, as long as nothing changes the attempt: nil
    /// while a section waits to be started or is paused, the last section's end once it runs.
    @Test func closesAtIsWhenNoSectionIsLeft() throws {
        var attempt = Attempt(seed: 1, blueprint: .short)
        #expect(attempt.closesAt == nil)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        #expect(attempt.closesAt == nil)  // the later sections wait to be started
        try attempt.submitSection(at: 100)
        try attempt.startSection(at: 100, bank: Self.bank)
        try attempt.submitSection(at: 200)
        #expect(attempt.closesAt == nil)
        try attempt.startSection(at: 250, bank: Self.bank)
        let last = try #require(attempt.sections.last?.clock.limit)
        #expect(attempt.closesAt == 250 + last)
        attempt.pause(at: 260)
        #expect(attempt.closesAt == nil)
        attempt.resume(at: 300)
        attempt.addExtraTime(60, at: 300)
        let closes = try #require(attempt.closesAt)
        #expect(closes == 250 + last + 40 + 60)
        for t in [closes - 1, closes - 0.001, closes, closes + 1] {
            #expect((attempt.currentSectionIndex(at: t) == nil) == (t >= closes), "t = \(t)")
        }
        attempt.terminate(at: 400)
        #expect(attempt.closesAt == 400)
    }

    @Test func aRestartedServerContinuesIdentically() throws {
        var live = Attempt(seed: 99, blueprint: .short)
        try live.start(at: 0)
        try live.startSection(at: 0, bank: Self.bank)
        try live.answer(item: live.sections[0].items.last!, value: "B", sequence: 1, at: 5, bank: Self.bank)
        // The server stops: the attempt survives only as its stored JSON.
        var restored = try JSONDecoder().decode(Attempt.self, from: JSONEncoder().encode(live))
        #expect(restored == live)
        for step in 2...4 {
            let key = live.sections[0].items.last!
            try live.answer(item: key, value: "C", sequence: step, at: Double(step * 5), bank: Self.bank)
            try restored.answer(item: key, value: "C", sequence: step, at: Double(step * 5), bank: Self.bank)
            #expect(restored.sections[0].items == live.sections[0].items)
        }
    }

    @Test func theViewCarriesNoScoringData() throws {
        var attempt = Attempt(seed: 3, blueprint: .short)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        let json = String(decoding: try JSONEncoder().encode(AttemptView(attempt, bank: Self.bank, at: 1)), as: UTF8.self)
        #expect(json.contains("\"current\""))
        for secret in ["correctOption", "parameters", "\"level\"", "reverseKeyed"] {
            #expect(!json.contains(secret))
        }
    }

    @Test func aSessionCanRequireTheProctorsAuthorization() throws {
        var attempt = Attempt(seed: 3, blueprint: .short, requiresAuthorization: true)
        #expect(throws: DeliveryError.awaitingAuthorization) { try attempt.start(at: 0) }
        #expect(AttemptView(attempt, bank: Self.bank, at: 0).startAuthorized == false)
        attempt.authorizeStart()
        try attempt.start(at: 1)
        #expect(attempt.status == .inProgress)
    }

    @Test func terminationEndsEverything() throws {
        var attempt = Attempt(seed: 3, blueprint: .short)
        try attempt.start(at: 0)
        attempt.terminate(at: 10)
        #expect(attempt.status == .terminated)
        #expect(throws: DeliveryError.attemptClosed(status: "terminated")) { try attempt.startSection(at: 11, bank: Self.bank) }
    }
}
