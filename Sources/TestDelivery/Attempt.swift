import Psychometrics

/// One participant's sitting of a battery: which sections are done, the items each got, the answers, and
/// every section's clock. A value: the server loads it, applies one request with the server's `now`, and
/// stores it again, so a restarted server continues exactly where it was.
///
/// Sections run in order. Each waits on an instruction screen until the participant starts it (its clock
/// starts then); it ends when its time is up (server time, browser or not), when the participant submits
/// it, when the adaptive engine stops, or when a proctor terminates the attempt.
public struct Attempt: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        case notStarted = "not-started", inProgress = "in-progress", finished, terminated
    }

    public struct Section: Sendable, Codable, Equatable {
        public var clock: SectionClock
        /// The form (linear) or the items administered so far (adaptive), in order.
        public var items: [String] = []
        /// Where the participant is, for resuming.
        public var position = 0
        public var flagged: Set<String> = []
        /// Why an adaptive section stopped.
        public var stopReason: String?
    }

    public let seed: UInt64
    public let blueprint: BatteryBlueprint
    public private(set) var status: Status = .notStarted
    /// Whether a proctor has authorized the start: nil when the session needs no authorization.
    public private(set) var startAuthorized: Bool?
    public private(set) var sections: [Section]
    public private(set) var answers = AnswerLog()

    public init(seed: UInt64, blueprint: BatteryBlueprint, requiresAuthorization: Bool = false) {
        self.seed = seed
        self.blueprint = blueprint
        startAuthorized = requiresAuthorization ? false : nil
        sections = blueprint.sections.map { Section(clock: SectionClock(limit: $0.seconds)) }
    }

    /// Whether `other` differs from this attempt in anything but its answers: status, authorization or
    /// any section (clock, items, position, flags). The server rewrites an attempt's stored state only when
    /// it does; answers alone are appended to their own table.
    public func sameStructure(as other: Attempt) -> Bool {
        status == other.status && startAuthorized == other.startAuthorized && sections == other.sections
    }

    /// Merges an answer kept outside the state (the server's answer table). Idempotent and order-independent
    /// like every save: the highest sequence per item wins.
    public mutating func restoreAnswer(item key: String, value: String, sequence: Int, savedAt: Double) {
        _ = answers.apply(itemID: key, answer: value, sequence: sequence, at: savedAt)
    }

    /// The section the participant is in or will start next: the first that has not ended at `now`.
    public func currentSectionIndex(at now: Double) -> Int? {
        sections.indices.first { !sections[$0].clock.isEnded(at: now) }
    }

    /// The server time from which no section is left (`currentSectionIndex` is nil) if nothing changes the
    /// attempt: the latest time one of its sections ends. Nil while a section cannot end by itself (it waits
    /// to be started, or is paused). The server stores it beside the state, so that its sweep finds the
    /// attempts whose time ran out without reading every state.
    public var closesAt: Double? {
        var latest = -Double.infinity
        for section in sections {
            guard let end = section.clock.endsAt else { return nil }
            latest = max(latest, end)
        }
        return latest
    }

    // MARK: - Participant actions

    /// Starts the attempt (idempotent). Where the session requires it, only after a proctor's authorization.
    public mutating func start(at now: Double) throws(DeliveryError) {
        switch status {
        case .notStarted:
            if startAuthorized == false { throw .awaitingAuthorization }
            status = .inProgress
        case .inProgress: return
        case .finished, .terminated: throw .attemptClosed(status: status.rawValue)
        }
    }

    /// Starts the next section's clock and builds its form (idempotent while it runs).
    public mutating func startSection(at now: Double, bank: DeliveryBank) throws(DeliveryError) {
        try requireInProgress(now)
        guard let index = currentSectionIndex(at: now) else { return }
        guard !sections[index].clock.isStarted else { return }
        let blueprint = blueprint.sections[index]
        if blueprint.kind == .cognitiveAdaptive {
            sections[index].clock.start(at: now)
            try administerNext(section: index, bank: bank, at: now)
        } else {
            let form = Self.form(for: blueprint, index: index, seed: seed, bank: bank)
            guard !form.isEmpty else { throw .noItems(section: blueprint.id) }
            sections[index].items = form
            sections[index].clock.start(at: now)
        }
    }

    /// Saves an answer; idempotent by the client's sequence number. In the adaptive section an answer to
    /// the current item administers the next one.
    @discardableResult
    public mutating func answer(item key: String, value: String, sequence: Int, at now: Double,
                                bank: DeliveryBank) throws(DeliveryError) -> AnswerLog.Outcome {
        guard sequence > 0 else { throw .invalidSequence(sequence) }
        // A retried or overtaken save changes nothing, whatever has happened since.
        if let unchanged = answers.unchanged(itemID: key, sequence: sequence) { return unchanged }
        try requireInProgress(now)
        guard let index = sections.firstIndex(where: { $0.items.contains(key) }), let item = bank.items[key] else {
            let current = currentSectionIndex(at: now).map { blueprint.sections[$0].id } ?? "-"
            throw .itemNotInSection(item: key, section: current)
        }
        let section = blueprint.sections[index]
        let clock = sections[index].clock
        if clock.isEnded(at: now) { throw .sectionEnded(section: section.id) }
        if clock.isPaused { throw .paused(section: section.id) }
        guard item.options.contains(where: { $0.key == value }) else {
            throw .invalidAnswer(item: key, value: value, allowed: item.options.map(\.key))
        }
        if section.kind == .cognitiveAdaptive, let current = sections[index].items.last, current != key {
            throw .notCurrentItem(item: key, current: current)
        }
        let outcome = answers.apply(itemID: key, answer: value, sequence: sequence, at: now)
        // A linear section's answer changes nothing but the answers (the runner moves with `go(to:)`), so
        // that the server can store it as one appended row.
        if section.kind == .cognitiveAdaptive {
            try administerNext(section: index, bank: bank, at: now)
        }
        return outcome
    }

    /// Moves within a linear section (review and jump); the adaptive section is forward only.
    public mutating func go(to position: Int, at now: Double) throws(DeliveryError) {
        let index = try runningSection(at: now)
        guard blueprint.sections[index].kind.allowsReview else { return }
        sections[index].position = min(max(0, position), max(0, sections[index].items.count - 1))
    }

    public mutating func flag(item key: String, _ on: Bool, at now: Double) throws(DeliveryError) {
        let index = try runningSection(at: now)
        guard sections[index].items.contains(key) else {
            throw .itemNotInSection(item: key, section: blueprint.sections[index].id)
        }
        if on { sections[index].flagged.insert(key) } else { sections[index].flagged.remove(key) }
    }

    /// The participant submits the current section before its time is up.
    public mutating func submitSection(at now: Double) throws(DeliveryError) {
        let index = try runningSection(at: now)
        sections[index].clock.close(at: now)
        finishIfDone(at: now)
    }

    // MARK: - Proctor actions

    /// The proctor has checked the participant in and lets them start.
    public mutating func authorizeStart() {
        if startAuthorized == false { startAuthorized = true }
    }

    public mutating func pause(at now: Double) {
        guard status == .inProgress, let index = currentSectionIndex(at: now) else { return }
        sections[index].clock.pause(at: now)
    }

    public mutating func resume(at now: Double) {
        guard status == .inProgress, let index = currentSectionIndex(at: now) else { return }
        sections[index].clock.resume(at: now)
    }

    /// Extra time for the current section (a reason is recorded by the caller).
    public mutating func addExtraTime(_ seconds: Double, at now: Double) {
        guard status == .inProgress, let index = currentSectionIndex(at: now) else { return }
        sections[index].clock.addExtraTime(seconds)
    }

    public mutating func terminate(at now: Double) {
        guard status == .inProgress || status == .notStarted else { return }
        for index in sections.indices { sections[index].clock.close(at: now) }
        status = .terminated
    }

    /// Marks the attempt finished once every section has ended (time, submission or engine stop).
    public mutating func finishIfDone(at now: Double) {
        if status == .inProgress, currentSectionIndex(at: now) == nil { status = .finished }
    }

    // MARK: - Internals

    private func requireInProgress(_ now: Double) throws(DeliveryError) {
        switch status {
        case .notStarted: throw .notStarted
        case .inProgress: return
        case .finished, .terminated: throw .attemptClosed(status: status.rawValue)
        }
    }

    private func runningSection(at now: Double) throws(DeliveryError) -> Int {
        try requireInProgress(now)
        guard let index = currentSectionIndex(at: now) else { throw .attemptClosed(status: Status.finished.rawValue) }
        let section = sections[index]
        guard section.clock.isStarted else { throw .sectionNotRunning(section: blueprint.sections[index].id) }
        if section.clock.isPaused { throw .paused(section: blueprint.sections[index].id) }
        return index
    }

    private mutating func administerNext(section index: Int, bank: DeliveryBank, at now: Double) throws(DeliveryError) {
        let blueprint = blueprint.sections[index]
        guard let adaptive = bank.adaptive else { throw .noItems(section: blueprint.id) }
        let administered = sections[index].items.compactMap { key -> AdministeredItem? in
            guard let answer = answers.answer(for: key), let item = bank.items[key] else { return nil }
            return AdministeredItem(itemID: key, response: bank.score(item, answer: answer))
        }
        let configuration = AdaptiveConfiguration(
            minimumItems: min(blueprint.minimumItems ?? 1, blueprint.maximumItems ?? 1),
            maximumItems: blueprint.maximumItems ?? 30, standardErrorThreshold: blueprint.standardErrorTarget,
            randomesque: 3)
        let decision: AdaptiveDecision
        do {
            decision = try AdaptiveEngine.next(bank: adaptive, administered: administered, configuration: configuration,
                                               seed: SplitMix64.derive(seed, UInt64(index)))
        } catch {
            throw .noItems(section: blueprint.id)
        }
        switch decision {
        case .administer(let itemID, _, _):
            sections[index].items.append(itemID)
            sections[index].position = sections[index].items.count - 1
        case .stop(let reason, _):
            sections[index].stopReason = reason.rawValue
            sections[index].clock.close(at: now)
            finishIfDone(at: now)
        }
    }

    /// A linear section's form: every active item of the section's kind, or `itemsPerArea` of each
    /// area, in an order shuffled by the attempt's seed.
    static func form(for section: SectionBlueprint, index: Int, seed: UInt64, bank: DeliveryBank) -> [String] {
        var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, UInt64(index)))
        var pool = bank.bySection[section.kind] ?? []
        if let perArea = section.itemsPerArea {
            let byArea = Dictionary(grouping: pool, by: \.area)
            pool = byArea.keys.sorted().flatMap { area in byArea[area]!.shuffled(using: &rng).prefix(perArea) }
        }
        return pool.map(\.key).shuffled(using: &rng)
    }
}
