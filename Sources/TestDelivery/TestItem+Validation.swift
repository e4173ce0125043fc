import Foundation
import Psychometrics

/// What is wrong with an item: the field and the reason.
public struct ItemIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    public let field: String
    public let reason: String

    public var description: String { "\(field): \(reason)" }
}

extension TestItem {
    /// Every problem of the item; empty when it can be delivered and scored.
    public func problems() -> [ItemIssue] {
        var issues: [ItemIssue] = []
        func fail(_ field: String, _ reason: String) { issues.append(ItemIssue(field: field, reason: reason)) }

        if key.trimmingCharacters(in: .whitespaces).isEmpty { fail("key", "is required") }
        if version < 1 { fail("version", "must be at least 1") }
        if stem.trimmingCharacters(in: .whitespaces).isEmpty { fail("stem", "is required") }
        if area.isEmpty { fail("area", "is required") }
        let keys = options.map(\.key)
        if Set(keys).count != keys.count { fail("options", "option keys must be unique") }
        for (index, option) in options.enumerated() where option.text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail("options[\(index)].text", "is required")
        }
        let sections: Set<SectionBlueprint.Kind> = switch type {
        case .singleBestAnswer: [.cognitiveAdaptive, .digitalLiteracy]
        case .situationalJudgement: [.situationalJudgement]
        case .likert: [.potentialLikert, .integrityLikert]
        case .preference: [.careerPreference]
        }
        if !sections.contains(section) { fail("section", "a \(type.rawValue) item cannot be in section \(section.rawValue)") }

        switch type {
        case .singleBestAnswer:
            if !(2...6).contains(options.count) { fail("options", "needs 2 to 6 options") }
            if let correct = correctOption {
                if !keys.contains(correct) { fail("correctOption", "'\(correct)' is not an option key") }
            } else {
                fail("correctOption", "is required")
            }
            checkParameters(allowed: [.onePL, .twoPL, .threePL], categories: 2, fail)
        case .situationalJudgement:
            if !(4...5).contains(options.count) { fail("options", "needs 4 or 5 options") }
            let levels = options.compactMap(\.level)
            if levels.count != options.count { fail("options", "every option needs a level 1-5") }
            if levels.contains(where: { !(1...5).contains($0) }) { fail("options", "levels must be 1-5") }
            if Set(levels).count != levels.count { fail("options", "levels must differ between options") }
            if !area.hasPrefix("M.") && area != "SK.01" { fail("area", "must be a competency code (M.01-M.08, SK.01)") }
        case .likert:
            if options.count != 5 { fail("options", "a Likert item has 5 options") }
            checkParameters(allowed: [.graded, .partialCredit], categories: 5, fail)
        case .preference:
            if options.count < 2 { fail("options", "needs at least 2 options") }
        }
        return issues
    }

    private func checkParameters(allowed: Set<ItemModel>, categories: Int, _ fail: (String, String) -> Void) {
        guard let parameters else {
            fail("parameters", "IRT parameters are required")
            return
        }
        if !allowed.contains(parameters.model) {
            fail("parameters.model", "\(parameters.model.rawValue) is not allowed for a \(type.rawValue) item")
            return
        }
        do {
            let item = try parameters.itemParameters(id: key)
            if item.categoryCount != categories {
                fail("parameters.b", "gives \(item.categoryCount) categories, the item has \(categories)")
            }
        } catch let error as PsychometricsError {
            fail("parameters", error.description)
        } catch {
            fail("parameters", String(describing: error))
        }
    }
}
