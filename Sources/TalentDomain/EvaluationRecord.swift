/// One official of a batch, validated: what `TalentEvaluation.Input` holds, with the competency levels in
/// the fixed positions the rules read (`CompetencyProfile`).
struct EvaluationRecord: Sendable {
    var id: String
    var competencies: CompetencyProfile.Compact
    var potential: TalentEvaluation.Potential
    /// Oldest first, never empty.
    var performance: [Predikat]

    /// The record as the public API gives it.
    var input: TalentEvaluation.Input {
        let profile = competencies.profile
        return TalentEvaluation.Input(id: id, levels: profile.levelsDictionary, standard: profile.standardDictionary,
                                      potential: potential, performance: performance)
    }

    /// The rules' decision for this record.
    func outcome(_ configuration: TalentConfiguration) -> TalentEvaluation.Outcome {
        TalentEvaluation.Outcome(competencies.profile, potential: potential, performance: performance, configuration: configuration)
    }
}
