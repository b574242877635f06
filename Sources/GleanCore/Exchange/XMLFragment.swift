/// An element of an XML file Glean writes: its name, its attributes in the order given, and either its text or its
/// child elements.
///
/// A project's XML is never built as one tree: `ProjectXML` builds one case, source or note at a time and
/// `XMLTextWriter` writes it out before the next is built.
struct XMLFragment {
    /// The element's name.
    let name: String
    /// Its attributes, in the order they are written.
    let attributes: [(name: String, value: String)]
    /// Its text, or nil for an element of child elements (or an empty one).
    let text: String?
    /// Its child elements.
    let children: [XMLFragment]

    /// An element with `attributes` (nil values left out) and `children`, or `text` when given.
    init(_ name: String, _ attributes: KeyValuePairs<String, String?>, text: String?, children: [XMLFragment]) {
        self.name = name
        self.attributes = attributes.compactMap { key, value in value.map { (key, ExchangeXML.xmlSafe($0)) } }
        self.text = text.map(ExchangeXML.xmlSafe)
        self.children = children
    }
}
