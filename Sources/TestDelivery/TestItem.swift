import Psychometrics

/// An item of the bank, with everything needed to deliver and score it.
///
/// The scoring data (`correctOption`, option levels, IRT parameters, reverse keying) stays on the server:
/// the browser only ever receives a `PresentedItem`. An item that any attempt has used is never edited in
/// place; a change makes a new `version` under the same `key`.
public struct TestItem: Sendable, Codable, Equatable {
    public enum ItemType: String, Sendable, Codable, CaseIterable {
        /// Single best answer (cognitive, digital literacy): one option is correct; IRT 2PL/3PL.
        case singleBestAnswer = "single"
        /// Situational judgement: 4–5 options, each mapped to a level 1–5 of one competency.
        case situationalJudgement = "sjt"
        /// A 5-point Likert statement (potential aspects, integrity); GRM/GPCM.
        case likert
        /// A career-preference question: options are choices, none is scored.
        case preference
    }

    public enum Status: String, Sendable, Codable, CaseIterable {
        case draft, active, retired
    }

    public struct Option: Sendable, Codable, Equatable {
        public var key: String
        public var text: String
        /// Situational judgement only: the competency level (1–5) this behaviour shows.
        public var level: Int?

        public init(key: String, text: String, level: Int? = nil) {
            self.key = key
            self.text = text
            self.level = level
        }
    }

    /// A stable id across versions, e.g. `KOG-DERET-001`.
    public var key: String
    public var version: Int
    public var type: ItemType
    public var section: SectionBlueprint.Kind
    /// The content area: a cognitive family (`deret-angka`), a competency code (`M.03`), a potential
    /// aspect (`kecerdasan-emosional`), `integritas`, or a preference topic.
    public var area: String
    public var status: Status
    public var stem: String
    public var options: [Option]
    /// Single best answer only.
    public var correctOption: String?
    /// IRT parameters (cognitive: 2PL/3PL; Likert: GRM with four thresholds).
    public var parameters: IRTParameters?
    /// Likert only: agreeing shows less of the trait.
    public var reverseKeyed: Bool

    public init(key: String, version: Int = 1, type: ItemType, section: SectionBlueprint.Kind, area: String,
                status: Status = .active, stem: String, options: [Option], correctOption: String? = nil,
                parameters: IRTParameters? = nil, reverseKeyed: Bool = false) {
        self.key = key
        self.version = version
        self.type = type
        self.section = section
        self.area = area
        self.status = status
        self.stem = stem
        self.options = options
        self.correctOption = correctOption
        self.parameters = parameters
        self.reverseKeyed = reverseKeyed
    }

    /// The five Likert answers, in Bahasa Indonesia, scored 0…4 (reversed for reverse-keyed items).
    public static let likertOptions: [Option] = [
        Option(key: "1", text: "Sangat tidak setuju"), Option(key: "2", text: "Tidak setuju"),
        Option(key: "3", text: "Ragu-ragu"), Option(key: "4", text: "Setuju"), Option(key: "5", text: "Sangat setuju"),
    ]
}

/// What the browser receives: the text and the option keys, nothing that reveals the scoring.
public struct PresentedItem: Sendable, Codable, Equatable {
    public struct Option: Sendable, Codable, Equatable {
        public let key: String
        public let text: String
    }

    public let key: String
    public let version: Int
    public let type: TestItem.ItemType
    public let stem: String
    public let options: [Option]

    public init(_ item: TestItem) {
        key = item.key
        version = item.version
        type = item.type
        stem = item.stem
        options = item.options.map { Option(key: $0.key, text: $0.text) }
    }
}

/// IRT parameters as stored with an item, in the bank JSON's metric (no 1.702 constant).
public struct IRTParameters: Sendable, Codable, Equatable {
    public var model: ItemModel
    public var a: Double
    /// One difficulty for dichotomous models; the ordered thresholds for GRM/GPCM.
    public var b: [Double]
    /// 3PL only.
    public var c: Double?

    public init(model: ItemModel, a: Double, b: [Double], c: Double? = nil) {
        self.model = model
        self.a = a
        self.b = b
        self.c = c
    }

    /// The engine's item, validated.
    public func itemParameters(id: String) throws -> ItemParameters {
        try ItemParameters.make(model: model, a: a, b: b, c: c ?? 0, id: id)
    }
}
