/// What the runner (and the proctor) is shown of an attempt at server time `now`. It carries no answer
/// keys, option levels or parameters: only `PresentedItem`s.
public struct AttemptView: Sendable, Codable, Equatable {
    public struct SectionView: Sendable, Codable, Equatable {
        public let index: Int
        public let count: Int
        public let id: String
        public let kind: SectionBlueprint.Kind
        /// `pending` (instructions, not started), `running`, `paused` or `ended`.
        public let state: String
        public let limitSeconds: Double
        public let remainingSeconds: Double
        public let allowsReview: Bool
        public let itemCount: Int
        public let maximumItems: Int?
        public let answeredCount: Int
        public let position: Int
        /// Reviewable sections: each item's answered and flagged marks (empty for the adaptive section).
        /// Left out of `.progress` views.
        public let items: [ItemState]?
        /// The item at `position`. Left out of a reviewable section's `.progress` view: the runner shows it
        /// from its form.
        public let current: PresentedItem?
        public let currentAnswer: String?
        /// Linear sections: the whole form and the answers kept so far, so that the runner can move
        /// between items (and keep answering) while the network is down. Left out of `.progress` views.
        public let form: [PresentedItem]?
        public let answers: [String: String]?
    }

    /// How much of the section a view carries.
    public enum Detail: Sendable {
        /// Everything the runner draws a section from.
        case full
        /// What a save (answer, position, browser event) can change: status, clock, position, counts and the
        /// adaptive section's next item. A reviewable section's form, item marks, answers and current item
        /// are left out: they do not change while it runs, or the runner made the change itself and keeps
        /// its own copy. Saves are most of a test day's requests, and their replies stay small.
        case progress
    }

    public struct ItemState: Sendable, Codable, Equatable {
        public let key: String
        public let answered: Bool
        public let flagged: Bool
    }

    public let status: Attempt.Status
    /// False while the participant waits for the proctor's authorization to start.
    public let startAuthorized: Bool
    public let section: SectionView?
    /// The highest answer sequence the server holds: a resuming browser numbers on from here.
    public let lastSequence: Int
    public let serverTime: Double

    public init(_ attempt: Attempt, bank: DeliveryBank, at now: Double, detail: Detail = .full) {
        status = attempt.status
        startAuthorized = attempt.startAuthorized ?? true
        lastSequence = attempt.answers.lastSequence
        serverTime = now
        guard attempt.status == .inProgress || attempt.status == .notStarted,
              let index = attempt.currentSectionIndex(at: now) else {
            section = nil
            return
        }
        let progress = attempt.sections[index]
        let blueprint = attempt.blueprint.sections[index]
        let state = !progress.clock.isStarted ? "pending" : progress.clock.isPaused ? "paused" : "running"
        let position = min(progress.position, max(0, progress.items.count - 1))
        let currentKey = progress.items.isEmpty ? nil : progress.items[position]
        let showsItem = state != "pending"
        let full = detail == .full
        let reviewable = blueprint.kind.allowsReview
        section = SectionView(
            index: index, count: attempt.sections.count, id: blueprint.id, kind: blueprint.kind, state: state,
            limitSeconds: progress.clock.limit + 0, remainingSeconds: progress.clock.remaining(at: now),
            allowsReview: blueprint.kind.allowsReview, itemCount: progress.items.count,
            maximumItems: blueprint.maximumItems,
            answeredCount: progress.items.reduce(0) { $0 + (attempt.answers.answer(for: $1) == nil ? 0 : 1) },
            position: position,
            items: !full ? nil : reviewable ? progress.items.map {
                ItemState(key: $0, answered: attempt.answers.answer(for: $0) != nil, flagged: progress.flagged.contains($0))
            } : [],
            current: showsItem && (full || !reviewable) ? currentKey.flatMap { bank.items[$0] }.map(PresentedItem.init) : nil,
            currentAnswer: showsItem ? currentKey.flatMap { attempt.answers.answer(for: $0) } : nil,
            form: showsItem && reviewable && full
                ? progress.items.compactMap { bank.items[$0] }.map(PresentedItem.init) : nil,
            answers: showsItem && reviewable && full
                ? Dictionary(uniqueKeysWithValues: progress.items.compactMap { key in
                    attempt.answers.answer(for: key).map { (key, $0) }
                }) : nil)
    }
}
