import Foundation

/// Building the XML of REFI-QDA files as `XMLFragment`s, written by `XMLTextWriter`. Files from elsewhere are read by
/// `SafeXMLReader`.
///
/// Written by hand rather than with Foundation's `XMLDocument` or XMLCoder because a project is written as a stream,
/// one source at a time, never as one tree; and because REFI-QDA needs attributes in the schema's order, one default
/// namespace declared on the root, and exact text: a carriage return is written `&#13;` and a tab or line break in an
/// attribute as a character reference, so a memo's CR LF or a name's tab survives the XML parser's normalisation.
enum ExchangeXML {
    /// An element called `name` with `attributes` in the order given (nil values left out), `children`, and `text`.
    static func element(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String? = nil,
        _ children: [XMLFragment] = []
    ) -> XMLFragment {
        XMLFragment(name, attributes, text: text, children: children)
    }

    /// `children` wrapped in an element called `name`, or nil when there are none (the schemas want at least one).
    static func group(_ name: String, _ children: [XMLFragment]) -> XMLFragment? {
        children.isEmpty ? nil : element(name, [:], children)
    }

    /// The document with `root`, declaring `namespace` as the default, as UTF-8 bytes with a declaration.
    static func document(_ root: XMLFragment, namespace: String) -> Data {
        var writer = XMLTextWriter()
        writer.declaration()
        writer.start(root, namespace: namespace)
        root.children.forEach { writer.write($0) }
        writer.end(root.name)
        return Data(writer.take())
    }

    /// `text` without the characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, U+FFFE and
    /// U+FFFF), each replaced by U+FFFD.
    static func xmlSafe(_ text: String) -> String {
        guard text.utf8.contains(where: mayStartForbidden), text.unicodeScalars.contains(where: isForbidden) else {
            return text
        }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isForbidden($0) ? "\u{FFFD}" : $0 }))
    }

    /// Whether `byte` is a forbidden control or the first byte of the UTF-8 of U+FFFE or U+FFFF.
    private static func mayStartForbidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }
}
