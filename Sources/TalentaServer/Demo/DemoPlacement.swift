import FluentKit
import Foundation
import TalentDomain
import TalentPlacement

/// The demo's decided rotation round for Kota Serang: computed from the test day's results, presented by
/// the instansi admin, sent to BKN consultation by the pimpinan, commented by BKN, and decided with one
/// override (a swap of two officials) and its written reason.
struct DemoPlacement {
    let database: TalentaDatabase
    let clock: any ServerClock

    static let title = "Rotasi JPT Pratama Kota Serang 2025"
    static let asOf = "2025-12-15"
    static let reason = "Pertukaran atas pertimbangan pimpinan: pengalaman lapangan masing-masing pejabat lebih dibutuhkan di unit tujuan."

    func seed() async throws {
        guard let instansi = try await Instansi.query(on: database.db).filter(\.$code == DemoOrganisation.kotaSerang.code).first() else { return }
        let service = PlacementService(database: database, results: ResultService(database: database), clock: clock)
        guard try await service.rounds(of: instansi).first(where: { $0.title == Self.title }) == nil else { return }
        let round = try await service.create(.init(kind: RoundKind.rotation.rawValue, title: Self.title, asOf: Self.asOf),
                                             instansi: instansi, actor: "instansi-admin: serang.admin")
        try await service.present(round, actor: "instansi-admin: serang.admin")
        try await service.consult(round, actor: "pimpinan: serang.pimpinan")
        let recommendation = try service.recommendation(of: round)
        if let critical = recommendation.posts.first(where: { $0.code == "SRG-INSP" && $0.recommended != nil }) ?? recommendation.posts.first {
            try await service.comment(.init(post: critical.code, body: "BKN: rekomendasi sesuai hasil pemetaan; pastikan kompetensi teknis pengawasan dipenuhi melalui pelatihan."),
                                      on: round, author: "nasional", role: Role.nationalViewer.rawValue)
        }
        try await service.decide(Self.override(recommendation), on: round, actor: "pimpinan: serang.pimpinan")
    }

    /// One override: the first two recommended officials who may take each other's post swap posts.
    static func override(_ recommendation: PlacementRecommendation) -> [PlacementDecision] {
        let filled = recommendation.posts.filter { $0.recommended != nil }
        for first in filled {
            for second in filled where second.code > first.code {
                let a = first.recommended!.candidate, b = second.recommended!.candidate
                if first.allowed.contains(where: { $0.id == b }) && second.allowed.contains(where: { $0.id == a }) {
                    return [PlacementDecision(post: first.code, candidate: b, reason: reason),
                            PlacementDecision(post: second.code, candidate: a, reason: reason)]
                }
            }
        }
        return []
    }
}
