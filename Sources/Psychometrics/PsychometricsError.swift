/// Errors raised by the psychometrics engine.
///
/// Every case carries the data a caller needs to explain the problem to a person
/// (the line of a CSV file, the item id, the offending value).
public enum PsychometricsError: Error, Sendable, Hashable {
    /// A parameter is outside its valid range (e.g. a negative number of quadrature points).
    case invalidParameter(name: String, value: Double, reason: String)
    /// An item's parameters are unusable (e.g. thresholds that are not increasing in a GRM item).
    case invalidItem(id: String, reason: String)
    /// A response is outside the categories of its item.
    case responseOutOfRange(item: Int, response: Int, categoryCount: Int)
    /// Two collections that must have the same length do not.
    case dimensionMismatch(expected: Int, actual: Int, context: String)
    /// A CSV line is malformed.
    case malformedCSV(line: Int, reason: String)
    /// A JSON bank or anchor file is malformed.
    case malformedBank(reason: String)
    /// An anchor item does not occur in the response data, or has the wrong model.
    case unknownAnchor(id: String)
    /// The model cannot be used for the requested operation (e.g. calibrating 1PL items as GRM).
    case unsupportedModel(ItemModel, operation: String)
    /// There is no data to work on (e.g. no persons, no items).
    case emptyData(context: String)
}
