import FluentKit

/// Every migration, in the order it runs. Folder `001` is the records' schema, `002` test delivery's, `003` results',
/// `004` accounts', `005` placement's, `006` the audit log's, `007` the national talent search's,
/// `008` signed results', `009` appended answers', `010` answers' outcomes (an answer's row is its log entry), `011` attempts' states in a table of their own.
enum TalentaMigrations {
    static let all: [any Migration] = [
        CreateInstansi(),
        CreateUnitKerja(),
        CreateEmployee(),
        CreatePosition(),
        CreatePositionHistory(),
        CreateDisciplinaryRecord(),
        CreatePerformanceRecord(),
        CreateCompetencyLevel(),
        // 002: test delivery
        CreateTestItem(),
        CreateTestSession(),
        CreateEnrolment(),
        CreateAttemptRecord(),
        // 003: results
        CreateResults(),
        // 004: accounts
        CreateAccounts(),
        // 005: placement
        CreatePlacementInputs(),
        CreatePlacementRounds(),
        // 006: audit log
        CreateAuditLog(),
        // 007: national search
        CreateNationalProfiles(),
        // 008: signed results
        CreateSigning(),
        // 009: answers as appended rows (group commit)
        CreateAttemptAnswers(),
        // 010: an answer's row is its entry in the event log
        AddAnswerOutcome(),
        // 011: an attempt's state apart from its narrow, often-updated row
        SplitAttemptState(),
        // 012: SQLite: answers clustered by attempt, their reference checked at commit
        ClusterAttemptAnswers(),
        // 013: when each attempt's time runs out, beside its state
        AddStateClosesAt(),
    ]
}
