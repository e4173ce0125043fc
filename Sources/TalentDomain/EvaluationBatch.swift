import Foundation

/// The `talenta evaluate` contract: a JSON batch of officials in, their evaluations out.
///
/// Input (UTF-8 JSON, a leading byte order mark allowed):
/// ```
/// {"people": [{"id": "...", "levels": {"M.01": 4, ...}, "standard": {"M.01": 4, ...},
///   "potentialScore": 84.5 | "potentialComponents": {"aspects": 80, "qualification": 70, "integrity": 90},
///   "performance": ["Baik", "Sangat Baik"]}]}
/// ```
/// - `id`: non-empty text, unique in the batch.
/// - `levels`, `standard`: competency code to a whole level 1–5. Codes are `M.01`…`M.08`, `SK.01` (also
///   written loosely, `m01`, `SK-1`) or technical `T.…` codes. The standard names at least one competency.
/// - exactly one of `potentialScore` and `potentialComponents`, each score a number from 0 to 100.
/// - `performance`: predikat, oldest first, at least one.
/// - other keys are ignored; `null` counts as absent.
///
/// Output: `{"results": [TalentEvaluation, ...]}` in input order, one result per line with sorted keys (see
/// `EvaluationResultsWriter`); the same input always gives the same bytes. Every malformed value is reported
/// as an `EvaluationInputError` naming the record (position and id) and the field; the first one in the
/// batch stops the run. Text that is not JSON is reported with its byte offset, line and column.
public enum EvaluationBatch {
    /// Reads and validates a batch.
    /// - Complexity: O(n) in the size of the input.
    public static func parse(_ data: Data) throws(EvaluationInputError) -> [TalentEvaluation.Input] {
        try EvaluationBatchReader.read(data).flatMap { $0.map(\.input) }
    }

    /// Evaluates each official under `configuration`, in parallel chunks, keeping the input order.
    public static func evaluate(_ inputs: [TalentEvaluation.Input],
                                configuration: TalentConfiguration = .default) -> [TalentEvaluation] {
        ParallelChunks.map(inputs.count) { TalentEvaluation(inputs[$0], configuration: configuration) }
    }

    /// The results document for `evaluations`, byte for byte what `run` writes for them.
    /// - Throws: when a number is not finite (JSON has no NaN or infinity), naming the record.
    public static func encode(_ evaluations: [TalentEvaluation]) throws(EvaluationInputError) -> Data {
        let chunks = ParallelChunks.chunkCount(for: evaluations.count)
        let numbers = try ParallelChunks.map(tasks: chunks) { chunk -> Result<[ResultNumbers], EvaluationInputError> in
            let range = ParallelChunks.range(of: chunk, chunks: chunks, count: evaluations.count)
            return Result { () throws(EvaluationInputError) in
                try range.map { index throws(EvaluationInputError) in
                    let evaluation = evaluations[index]
                    return try ResultNumbers(jpm: evaluation.jpm, potentialScore: evaluation.potentialScore,
                                             record: index + 1, id: evaluation.id)
                }
            }
        }.map { result throws(EvaluationInputError) in try result.get() }
        return ResultsDocument.make(EvaluationResults(evaluations: evaluations, numbers: numbers))
    }

    /// Parses, evaluates and encodes: the whole command in one call.
    public static func run(_ data: Data, configuration: TalentConfiguration = .default) throws(EvaluationInputError) -> Data {
        var timings = Timings()
        return try run(data, configuration: configuration, timings: &timings)
    }

    /// `run`, reporting how long each stage took.
    ///
    /// The stages are those of the command itself, one after the other, each in parallel stretches of
    /// records: reading the batch into records, applying the rules, and writing the results (the numbers
    /// as text, sizing, then writing in place).
    public static func run(_ data: Data, configuration: TalentConfiguration = .default,
                           timings: inout Timings) throws(EvaluationInputError) -> Data {
        let clock = ContinuousClock()
        var start = clock.now
        // Stretches of consecutive records; the rules and the writer work stretch by stretch, in parallel.
        let stretches = try EvaluationBatchReader.read(data)
        timings.parse = clock.now - start
        var firstNumbers: [Int] = []
        var count = 0
        for stretch in stretches {
            firstNumbers.append(count + 1)
            count += stretch.count
        }
        timings.records = count

        start = clock.now
        let outcomes = ParallelChunks.map(tasks: stretches.count) { task in
            stretches[task].map { $0.outcome(configuration) }
        }
        timings.rules = clock.now - start

        start = clock.now
        let numbers = try ParallelChunks.map(tasks: stretches.count) { task -> Result<[ResultNumbers], EvaluationInputError> in
            Result { () throws(EvaluationInputError) in
                try zip(stretches[task].indices, outcomes[task]).map { index, outcome throws(EvaluationInputError) in
                    try ResultNumbers(jpm: outcome.jpm, potentialScore: outcome.potentialScore,
                                      record: firstNumbers[task] + index, id: stretches[task][index].id)
                }
            }
        }.map { result throws(EvaluationInputError) in try result.get() }
        let output = ResultsDocument.make(RecordResults(stretches: stretches, outcomes: outcomes, numbers: numbers))
        timings.encode = clock.now - start
        return output
    }

    /// How long each stage of one `run` took.
    public struct Timings: Sendable, Equatable {
        /// Reading and validating the input into records (wall time).
        public var parse: Duration = .zero
        /// Applying the rules to every record (wall time).
        public var rules: Duration = .zero
        /// Writing the results document (wall time).
        public var encode: Duration = .zero
        /// The number of officials.
        public var records = 0

        public init() {}
    }
}

/// Batch records with their outcomes, a stretch to a chunk.
private struct RecordResults: ResultsSource {
    let stretches: [[EvaluationRecord]]
    let outcomes: [[TalentEvaluation.Outcome]]
    let numbers: [[ResultNumbers]]

    var chunkCount: Int { stretches.count }

    func write<Sink: ByteSink>(chunk: Int, into writer: inout EvaluationResultsWriter<Sink>) {
        let records = stretches[chunk], outcomes = outcomes[chunk], numbers = numbers[chunk]
        for index in records.indices { writer.append(records[index], outcomes[index], numbers[index]) }
    }
}

/// Evaluations made through the public API, in the chunks `ParallelChunks` makes of them.
private struct EvaluationResults: ResultsSource {
    let evaluations: [TalentEvaluation]
    let numbers: [[ResultNumbers]]

    var chunkCount: Int { numbers.count }

    func write<Sink: ByteSink>(chunk: Int, into writer: inout EvaluationResultsWriter<Sink>) {
        let range = ParallelChunks.range(of: chunk, chunks: numbers.count, count: evaluations.count)
        for (index, numbers) in zip(range, numbers[chunk]) { writer.append(evaluations[index], numbers) }
    }
}
