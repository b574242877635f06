/// Writes XML as UTF-8 bytes, laid out and escaped as Foundation's `XMLDocument` (libxml2) writes an indented document:
/// two spaces a level, one element a line, an element's text on its line with it, an element without content written
/// `<X></X>`.
///
/// Text escapes `&`, `<`, `>` and carriage return; attribute values also escape `"`, tab and line feed, so that an
/// XML parser's normalisation of attribute values gives back the text exactly. Everything else is written as it
/// is, in UTF-8. The bytes gather in `bytes` until the caller takes them.
struct XMLTextWriter {
    /// The bytes written and not yet taken.
    private(set) var bytes: [UInt8] = []
    /// How many elements are open.
    private var depth = 0

    /// The XML declaration, `<?xml version="1.0" encoding="utf-8" standalone="no"?>`.
    mutating func declaration() {
        append("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n")
    }

    /// The start tag of `element`, whose children follow until `end`; `namespace` is declared as the default first.
    mutating func start(_ element: XMLFragment, namespace: String? = nil) {
        indent()
        append("<")
        append(element.name)
        if let namespace { attribute("xmlns", namespace) }
        element.attributes.forEach { attribute($0.name, $0.value) }
        append(">\n")
        depth += 1
    }

    /// The end tag of the element `name` opened last by `start`.
    mutating func end(_ name: String) {
        depth -= 1
        indent()
        append("</")
        append(name)
        append(">\n")
    }

    /// `element` and everything in it.
    mutating func write(_ element: XMLFragment) {
        guard element.text != nil || element.children.isEmpty else {
            start(element)
            element.children.forEach { write($0) }
            return end(element.name)
        }
        indent()
        append("<")
        append(element.name)
        element.attributes.forEach { attribute($0.name, $0.value) }
        append(">")
        escaped(element.text ?? "", inAttribute: false)
        append("</")
        append(element.name)
        append(">\n")
    }

    /// Hands over the bytes written so far and forgets them.
    mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    private mutating func attribute(_ name: String, _ value: String) {
        append(" ")
        append(name)
        append("=\"")
        escaped(value, inAttribute: true)
        append("\"")
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func escaped(_ text: String, inAttribute: Bool) {
        let special = inAttribute ? Self.attributeSpecial : Self.textSpecial
        guard text.utf8.contains(where: { $0 < 0x80 && special[Int($0)] }) else { return append(text) }
        for byte in text.utf8 {
            guard byte < 0x80, special[Int(byte)] else {
                bytes.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "\r"): append("&#13;")
            case UInt8(ascii: "\n"): append("&#10;")
            default: append("&#9;")
            }
        }
    }

    /// The ASCII bytes escaped in text and in attribute values.
    private static let textSpecial = table("&<>\r")
    private static let attributeSpecial = table("&<>\"\r\n\t")

    private static func table(_ characters: String) -> [Bool] {
        (0..<128).map { characters.utf8.contains(UInt8($0)) }
    }
}
