import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Building the XML of REFI-QDA files with Foundation's `XMLDocument` (libxml2 underneath on Linux). Files from
/// elsewhere are read by `SafeXMLReader`, never by `XMLDocument`.
///
/// Chosen over XMLCoder because REFI-QDA needs three things XMLCoder makes awkward: attributes in the schema's order
/// (`XMLElement` keeps them in the order added), one default namespace declared on the root, and exact text — libxml2
/// writes a carriage return as `&#13;` and a tab or line break in an attribute as a character reference, so a memo's
/// CR LF or a name's tab survives the XML parser's normalisation, where XMLCoder escapes only `&<>'"`.
enum ExchangeXML {
    /// An element called `name` with `attributes` in the order given (nil values left out), `children`, and `text`.
    static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil,
        _ children: [XMLElement] = []
    ) -> XMLElement {
        let element = XMLElement(name: name)
        for (key, value) in attributes {
            if let value { element.addAttribute(XMLNode.attribute(withName: key, stringValue: xmlSafe(value)) as! XMLNode) }
        }
        if let text { element.stringValue = xmlSafe(text) }
        children.forEach(element.addChild)
        return element
    }

    /// `children` wrapped in an element called `name`, or nil when there are none (the schemas want at least one).
    static func group(_ name: String, _ children: [XMLElement]) -> XMLElement? {
        children.isEmpty ? nil : element(name, [:], children)
    }

    /// The document with `root`, declaring `namespace` as the default, as UTF-8 bytes with a declaration.
    static func document(_ root: XMLElement, namespace: String) -> Data {
        root.addNamespace(XMLNode.namespace(withName: "", stringValue: namespace) as! XMLNode)
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "utf-8"
        return document.xmlData(options: [.nodePrettyPrint])
    }

    /// `text` without the characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, U+FFFE and
    /// U+FFFF), each replaced by U+FFFD.
    static func xmlSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }
}
