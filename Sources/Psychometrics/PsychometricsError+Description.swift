extension PsychometricsError: CustomStringConvertible {
    /// A sentence for a person: what is wrong and where.
    public var description: String {
        switch self {
        case .invalidParameter(let name, let value, let reason): "\(name) = \(value): \(reason)"
        case .invalidItem(let id, let reason): "item \(id): \(reason)"
        case .responseOutOfRange(let item, let response, let count):
            "item \(item + 1): response \(response) is outside its \(count) categories"
        case .dimensionMismatch(let expected, let actual, let context): "\(context): expected \(expected), found \(actual)"
        case .malformedCSV(let line, let reason): "line \(line): \(reason)"
        case .malformedBank(let reason): reason
        case .unknownAnchor(let id): "anchor item \(id) does not occur in the response data or has another model"
        case .unsupportedModel(let model, let operation): "model \(model.rawValue) cannot be used to \(operation)"
        case .emptyData(let context): "no data: \(context)"
        }
    }
}
