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
        public let items: [ItemState]
        public let current: PresentedItem?
        public let currentAnswer: String?
        /// Linear sections: the whole form and the answers kept so far, so that the runner can move
        /// between items (and keep answering) while the network is down. The form does not change while the
        /// section runs, so replies to saves leave it out (`includeForm: false`); the runner keeps the one
        /// it has.
        public let form: [PresentedItem]?
        public let answers: [String: String]?
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

    public init(_ attempt: Attempt, bank: DeliveryBank, at now: Double, includeForm: Bool = true) {
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
        section = SectionView(
            index: index, count: attempt.sections.count, id: blueprint.id, kind: blueprint.kind, state: state,
            limitSeconds: progress.clock.limit + 0, remainingSeconds: progress.clock.remaining(at: now),
            allowsReview: blueprint.kind.allowsReview, itemCount: progress.items.count,
            maximumItems: blueprint.maximumItems,
            answeredCount: progress.items.filter { attempt.answers.answer(for: $0) != nil }.count,
            position: position,
            items: blueprint.kind.allowsReview ? progress.items.map {
                ItemState(key: $0, answered: attempt.answers.answer(for: $0) != nil, flagged: progress.flagged.contains($0))
            } : [],
            current: showsItem ? currentKey.flatMap { bank.items[$0] }.map(PresentedItem.init) : nil,
            currentAnswer: showsItem ? currentKey.flatMap { attempt.answers.answer(for: $0) } : nil,
            form: showsItem && blueprint.kind.allowsReview && includeForm
                ? progress.items.compactMap { bank.items[$0] }.map(PresentedItem.init) : nil,
            answers: showsItem && blueprint.kind.allowsReview
                ? Dictionary(uniqueKeysWithValues: progress.items.compactMap { key in
                    attempt.answers.answer(for: key).map { (key, $0) }
                }) : nil)
    }
}
