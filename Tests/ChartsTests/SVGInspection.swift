import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed SVG document, read with Foundation's `XMLParser`, for property tests.
struct ParsedSVG {
    /// One element: its name, attributes and the text directly inside it.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var depth: Int
    }

    /// Every element in document order.
    var elements: [Element]

    /// The root element.
    var root: Element? { elements.first }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] {
        elements.filter { $0.name == name }
    }

    /// The elements inside the first element whose `class` is `className`.
    func inside(_ className: String) -> [Element] {
        guard let start = elements.firstIndex(where: { $0.attributes["class"] == className }) else { return [] }
        let depth = elements[start].depth
        return Array(elements[(start + 1)...].prefix { $0.depth > depth })
    }

    /// The element whose `id` is `id`.
    func element(id: String) -> Element? {
        elements.first { $0.attributes["id"] == id }
    }

    /// Parses `svg`, or returns the parser's error description.
    static func parse(_ svg: String) -> Result<ParsedSVG, ParseFailure> {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            return .failure(ParseFailure(message: parser.parserError.map { "\($0)" } ?? "unknown XML error"))
        }
        return .success(ParsedSVG(elements: collector.elements))
    }

    /// Why a document did not parse.
    struct ParseFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            open.append(elements.count)
            elements.append(Element(name: elementName, attributes: attributeDict, text: "", depth: open.count - 1))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            _ = open.popLast()
        }
    }
}

/// Checks that hold for every chart the module writes, whatever its input.
enum ChartProperties {
    /// Attributes whose values are single numbers.
    static let numericAttributes: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "width", "height", "cx", "cy", "r", "font-size", "stroke-width",
        "stroke-opacity", "fill-opacity",
    ]

    /// Records an issue for every property `svg` breaks: well-formed XML, accessible root, ids
    /// unique and prefixed, only finite numbers and no `-0`, no script or external reference, no
    /// blank line.
    static func check(
        _ svg: String, idPrefix: String, title: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let parsed: ParsedSVG
        switch ParsedSVG.parse(svg) {
        case .success(let document): parsed = document
        case .failure(let failure):
            Issue.record(Comment(rawValue: "Not well-formed XML: \(failure)"), sourceLocation: sourceLocation)
            return
        }
        guard let root = parsed.root else {
            Issue.record("No root element", sourceLocation: sourceLocation)
            return
        }
        #expect(root.name == "svg", sourceLocation: sourceLocation)
        #expect(root.attributes["role"] == "img", sourceLocation: sourceLocation)
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true, sourceLocation: sourceLocation)
        #expect(
            root.attributes["aria-labelledby"] == "\(idPrefix)-title \(idPrefix)-desc", sourceLocation: sourceLocation)
        let titleElement = parsed.element(id: "\(idPrefix)-title")
        let descElement = parsed.element(id: "\(idPrefix)-desc")
        #expect(titleElement?.name == "title", sourceLocation: sourceLocation)
        #expect(descElement?.name == "desc", sourceLocation: sourceLocation)
        #expect(descElement?.text.isEmpty == false, sourceLocation: sourceLocation)
        if let title { #expect(titleElement?.text == title, sourceLocation: sourceLocation) }

        let ids = parsed.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)", sourceLocation: sourceLocation)
        #expect(ids.allSatisfy { $0 == idPrefix || $0.hasPrefix(idPrefix + "-") }, sourceLocation: sourceLocation)

        for element in parsed.elements {
            #expect(element.name != "script" && element.name != "foreignObject", sourceLocation: sourceLocation)
            for (name, value) in element.attributes {
                #expect(!name.hasPrefix("on"), "event handler \(name)", sourceLocation: sourceLocation)
                #expect(!name.hasSuffix("href"), "reference \(name)", sourceLocation: sourceLocation)
                if value.contains("url(") {
                    #expect(value.hasPrefix("url(#\(idPrefix)-"), "\(name)=\(value)", sourceLocation: sourceLocation)
                }
                if numericAttributes.contains(name) && !(element.depth == 0 && value == "100%") {
                    checkNumber(value, context: "\(element.name) \(name)", sourceLocation: sourceLocation)
                }
                if name == "d" || name == "transform" || name == "viewBox" {
                    for token in numberTokens(value) {
                        checkNumber(token, context: "\(element.name) \(name)", sourceLocation: sourceLocation)
                    }
                }
            }
        }
        for forbidden in ["NaN", "nan", "inf", "Infinity"] {
            let textOutsideStrings = parsed.elements.flatMap { $0.attributes.values }
            #expect(
                !textOutsideStrings.contains { $0.contains(forbidden) }, "attribute contains \(forbidden)",
                sourceLocation: sourceLocation)
        }
        #expect(!svg.contains("\n\n"), "blank line", sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>\n"), sourceLocation: sourceLocation)
    }

    /// The numbers in a path or transform (separated by commands, spaces, commas and parentheses).
    static func numberTokens(_ value: String) -> [String] {
        value.split(whereSeparator: { " ,()MLZHVCSQTAmlzhvcsqta".contains($0) || $0.isLetter }).map(String.init)
    }

    private static func checkNumber(_ token: String, context: String, sourceLocation: SourceLocation) {
        guard let number = Double(token) else {
            Issue.record(Comment(rawValue: "\(context): \(token) is not a number"), sourceLocation: sourceLocation)
            return
        }
        #expect(number.isFinite, "\(context): \(token)", sourceLocation: sourceLocation)
        #expect(!(token.hasPrefix("-") && number == 0), "\(context): negative zero \(token)", sourceLocation: sourceLocation)
    }
}
