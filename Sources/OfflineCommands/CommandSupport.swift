import ArgumentParser
import Foundation

/// A failure to report as one line, `Error: …`, with exit status 1.
public struct CommandFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

func readFile(_ path: String) throws -> Data {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandFailure("cannot read the file '\(path)'")
    }
    return data
}

func writeFile(_ data: Data, to path: String) throws {
    do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
        throw CommandFailure("cannot write '\(path)': \(error.localizedDescription)")
    }
}

/// A decoding error as a sentence naming the field.
func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
         DecodingError.dataCorrupted(let context):
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return (path.isEmpty ? "" : "field \(path): ") + context.debugDescription
    case DecodingError.keyNotFound(let key, let context):
        let path = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
        return "field \(path) is missing"
    default:
        return String(describing: error)
    }
}

/// The offline verbs, for the `talenta` and `talenta-offline` command lines.
public let offlineCommands: [any ParsableCommand.Type] = [Calibrate.self, Simulate.self, Evaluate.self, Place.self]
