import Foundation
import Psychometrics

/// The demo item bank shipped with the product, in Bahasa Indonesia: generated cognitive families
/// (number series, arithmetic reasoning, verbal analogies) with parameters from their generator, and
/// written situational-judgement, Likert and career-preference items.
public enum DemoBank {
    /// Every demo item, in a stable order.
    public static func items() throws -> [TestItem] {
        let decoder = JSONDecoder()
        var all = CognitiveGenerator.items()
        for json in [situationalJudgementJSON, likertJSON, preferenceJSON] {
            all += try decoder.decode([TestItem].self, from: Data(json.utf8))
        }
        return all
    }
}
