/// An element of an XML file as `SafeXMLReader` read it: its local name, its attributes, the text directly inside
/// it, its child elements, and the line its start tag is on.
///
/// Names are local: a prefix (`qda:Project`) is dropped, so prefixed and unprefixed files read alike, and namespace
/// declarations (`xmlns`, `xmlns:qda`) are not attributes.
struct ParsedElement {
    /// The local name.
    var name: String
    /// The attributes by local name, in document order.
    var attributes: [(name: String, value: String)]
    /// The character data directly inside the element, joined.
    var text = ""
    /// The child elements, in document order.
    var children: [ParsedElement] = []
    /// The 1-based line of the start tag.
    var line: Int

    /// The element's text: its own character data, then its children's. REFI-QDA never mixes text with child
    /// elements, so for its files this is the text in document order.
    var stringValue: String {
        children.isEmpty ? text : children.reduce(into: text) { $0 += $1.stringValue }
    }

    /// The child elements called `name`, in order.
    func elements(local name: String) -> [ParsedElement] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    func element(local name: String) -> ParsedElement? {
        children.first { $0.name == name }
    }

    /// The value of the attribute called `name`.
    func value(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The value of the GUID attribute `name`, lower case and without braces.
    func guid(_ name: String = "guid") -> String? {
        value(name).flatMap(GUIDText.normalised)
    }

    /// The GUIDs that the `targetGUID` of every child element called `name` points to.
    func targets(_ name: String) -> [String] {
        elements(local: name).compactMap { $0.guid("targetGUID") }
    }
}
