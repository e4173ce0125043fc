import FluentKit

/// Every migration, in the order it runs. Folder `001` is the first release's schema.
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
    ]
}
