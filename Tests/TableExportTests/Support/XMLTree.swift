import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, small enough for assertions: name (without prefix), attributes (qualified
/// names as written), children and the text directly inside it.
struct XMLTree: Equatable {
    var name: String
    var attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    enum Failure: Error { case malformed(String) }

    /// Parses a document with `XMLParser`; throws if it is not well-formed.
    init(_ data: [UInt8]) throws {
        let builder = Builder()
        let parser = XMLParser(data: Data(data))
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw Failure.malformed(parser.parserError.map { "\($0)" } ?? "no root element")
        }
        self = root
    }

    private init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The children with this name.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The first child with this name, if any.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// All descendants (depth first) with this name.
    func descendants(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(XMLTree(name: elementName, attributes: attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?) {
            let element = stack.removeLast()
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
