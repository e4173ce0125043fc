import Foundation

/// An item bank: one model and its items, in the JSON shape shared by `calibrate` output,
/// `simulate` input and anchor files.
///
/// ```json
/// {"model": "2PL", "items": [{"id": "i1", "a": 1.1, "b": -0.4, "area": "numerik"}]}
/// {"model": "3PL", "items": [{"id": "i1", "a": 1.1, "b": -0.4, "c": 0.2}]}
/// {"model": "GRM", "items": [{"id": "p1", "a": 1.3, "b": [-1.0, 0.2, 1.4]}]}
/// ```
/// `c` is written only for 3PL; `a` may be omitted for 1PL (it is 1); `area` is optional.
public struct ItemBank: Sendable, Hashable, Codable {
    /// The model of every item.
    public var model: ItemModel
    /// The items.
    public var items: [BankItem]

    /// Creates a bank.
    public init(model: ItemModel, items: [BankItem]) {
        self.model = model
        self.items = items
    }

    private enum CodingKeys: String, CodingKey { case model, items }
    private enum ItemKeys: String, CodingKey { case id, a, b, c, area }

    /// Decodes a bank, validating each item against the model.
    /// - Throws: `DecodingError` for a wrong shape, `PsychometricsError.invalidItem` for
    ///   parameters that do not fit the model, `.malformedBank` for duplicate ids.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        model = try container.decode(ItemModel.self, forKey: .model)
        var list = try container.nestedUnkeyedContainer(forKey: .items)
        var items: [BankItem] = []
        var seen = Set<String>()
        while !list.isAtEnd {
            let item = try list.nestedContainer(keyedBy: ItemKeys.self)
            let id = try item.decode(String.self, forKey: .id)
            guard seen.insert(id).inserted else { throw PsychometricsError.malformedBank(reason: "duplicate item id \(id)") }
            let a = try item.decodeIfPresent(Double.self, forKey: .a) ?? 1
            let b: [Double]
            if model.isDichotomous {
                b = [try item.decode(Double.self, forKey: .b)]
            } else {
                b = try item.decode([Double].self, forKey: .b)
            }
            let c = try item.decodeIfPresent(Double.self, forKey: .c) ?? 0
            guard a.isFinite, b.allSatisfy(\.isFinite), c >= 0, c < 1 else {
                throw PsychometricsError.invalidItem(id: id, reason: "parameters must be finite with 0 ≤ c < 1")
            }
            if model != .onePL, model != .threePL, item.contains(.c), c != 0 {
                throw PsychometricsError.invalidItem(id: id, reason: "c is only allowed for 3PL items")
            }
            let parameters = try ItemParameters.make(model: model, a: a, b: b, c: c, id: id)
            items.append(BankItem(id: id, parameters: parameters, area: try item.decodeIfPresent(String.self, forKey: .area)))
        }
        self.items = items
    }

    /// Encodes the bank in the documented shape.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        var list = container.nestedUnkeyedContainer(forKey: .items)
        for item in items {
            var entry = list.nestedContainer(keyedBy: ItemKeys.self)
            try entry.encode(item.id, forKey: .id)
            try entry.encode(item.parameters.a, forKey: .a)
            if model.isDichotomous {
                try entry.encode(item.parameters.thresholds[0], forKey: .b)
            } else {
                try entry.encode(item.parameters.thresholds, forKey: .b)
            }
            if model == .threePL { try entry.encode(item.parameters.c, forKey: .c) }
            try entry.encodeIfPresent(item.area, forKey: .area)
        }
    }

    /// Parses bank JSON.
    /// - Parameter data: UTF-8 JSON.
    /// - Returns: the bank.
    /// - Throws: `PsychometricsError.malformedBank` (wrapping decoding errors) or `.invalidItem`.
    public static func parse(_ data: Data) throws -> ItemBank {
        do {
            return try JSONDecoder().decode(ItemBank.self, from: data)
        } catch let error as PsychometricsError {
            throw error
        } catch {
            throw PsychometricsError.malformedBank(reason: String(describing: error))
        }
    }

    /// Serialises the bank as JSON with sorted keys.
    /// - Returns: UTF-8 JSON.
    public func jsonData(prettyPrinted: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Parses an anchors file (bank JSON) into the form `MarginalMaximumLikelihood.calibrate`
    /// takes, checking that its model is the calibration model.
    /// - Parameters:
    ///   - data: UTF-8 JSON in the bank shape.
    ///   - model: the calibration model.
    /// - Returns: parameters keyed by item id.
    /// - Throws: `malformedBank`, `invalidItem`, `unsupportedModel` when the models differ.
    public static func parseAnchors(_ data: Data, model: ItemModel) throws -> [String: ItemParameters] {
        let bank = try parse(data)
        guard bank.model == model else { throw PsychometricsError.unsupportedModel(bank.model, operation: "anchors for a \(model.rawValue) calibration") }
        return Dictionary(uniqueKeysWithValues: bank.items.map { ($0.id, $0.parameters) })
    }
}

/// One item of a bank.
public struct BankItem: Sendable, Hashable {
    /// The item id.
    public var id: String
    /// Its parameters.
    public var parameters: ItemParameters
    /// Its content area, used for content balancing in adaptive tests.
    public var area: String?

    /// Creates an item.
    public init(id: String, parameters: ItemParameters, area: String? = nil) {
        self.id = id
        self.parameters = parameters
        self.area = area
    }
}
