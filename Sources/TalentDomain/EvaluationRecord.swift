/// One official of a batch, validated: what `TalentEvaluation.Input` holds, with the competency levels in
/// the fixed positions the rules read (`CompetencyProfile`).
struct EvaluationRecord: Sendable {
    var id: String
    var competencies: CompetencyProfile
    var potential: TalentEvaluation.Potential
    /// Oldest first, never empty.
    var performance: [Predikat]

    /// The record as the public API gives it.
    var input: TalentEvaluation.Input {
        TalentEvaluation.Input(id: id, levels: competencies.levelsDictionary, standard: competencies.standardDictionary,
                               potential: potential, performance: performance)
    }

    /// The rules' decision for this record.
    func outcome(_ configuration: TalentConfiguration) -> TalentEvaluation.Outcome {
        TalentEvaluation.Outcome(competencies, potential: potential, performance: performance, configuration: configuration)
    }
}
