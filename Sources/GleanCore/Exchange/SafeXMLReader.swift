import CExpat
import Foundation

/// Reads XML that Glean did not write — REFI-QDA projects and codebooks from other organisations — into
/// `ParsedElement`s, refusing anything that could reach outside the file or that is not well-formed.
///
/// Expat parses, because it cannot open a file or a socket of its own accord (external entities and DTDs are read
/// only by handlers the application sets, and Glean sets none), it parses in time linear in the input (libxml2 2.9
/// checks duplicate attributes in quadratic time), and its error messages are fixed strings. On top of that:
/// - a DOCTYPE that names an external DTD, declares any entity (general or parameter) or refers to a parameter
///   entity is refused as soon as it is seen, and a reference to an undeclared entity too: nothing is ever
///   substituted, loaded or fetched; an ATTLIST declaration is refused too, since its defaults would add attributes
///   the document does not hold (REFI-QDA files have no DOCTYPE; a bare one, or one declaring elements, is harmless);
/// - a document that is not well-formed is refused at the first fault with its line and column; there is no
///   recovery mode;
/// - elements nested deeper than `InputLimits.xmlDepth` are refused.
///
/// Sizes are checked as Expat reads, so a hostile file is refused before it is held in memory: an attribute value
/// longer than `InputLimits.nameBytes`, an element's text longer than `InputLimits.logTextBytes`, or more than
/// `InputLimits.exchangeElements` elements. White space between elements is not kept, and elements the caller does
/// not read are checked for well-formedness but not kept at all.
enum SafeXMLReader {
    /// The root element of the XML in `data`, named `file` in messages, keeping only elements named in `reading` (all,
    /// when nil) and the elements inside them, and refusing more than `elementLimit` elements.
    ///
    /// With `checkingGUIDs`, two kept elements sharing a GUID are refused as `GUIDUniqueness.check` refuses them,
    /// checked as each start tag is read. With `streaming`, each element inside the first child of the root called
    /// `streaming` is handed to `handler` as soon as its end tag is read and is not kept in the tree, so a document of
    /// any size need not be held whole.
    ///
    /// - Throws: `ProjectError` with the line (and column) of the fault: a refusal or a fault of well-formedness first,
    ///   then a GUID used twice.
    static func root(
        of data: Data, file: String, reading: Set<String>? = nil, elementLimit: Int = InputLimits.exchangeElements,
        checkingGUIDs: Bool = false, streaming: String? = nil, to handler: @escaping (ParsedElement) -> Void = { _ in }
    ) throws -> ParsedElement {
        guard data.count <= Int(Int32.max) else {
            throw ProjectError(
                file: file,
                problem:
                    "the XML is larger than \(InputLimits.describe(bytes: InputLimits.exchangeXMLBytes)), the most Glean reads"
            )
        }
        guard let parser = XML_ParserCreate(nil) else {
            throw ProjectError(file: file, problem: "the XML parser could not start")
        }
        defer { XML_ParserFree(parser) }
        let builder = TreeBuilder(file: file, parser: parser, reading: reading, elementLimit: elementLimit)
        builder.guids = checkingGUIDs ? GUIDUniqueness(file: file) : nil
        builder.streaming = streaming.map { ($0, handler) }
        XML_SetUserData(parser, Unmanaged.passUnretained(builder).toOpaque())
        XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER)
        XML_SetElementHandler(parser, startElement, endElement)
        XML_SetCharacterDataHandler(parser, characters)
        XML_SetStartDoctypeDeclHandler(parser, startDoctype)
        XML_SetEntityDeclHandler(parser, entityDeclaration)
        XML_SetAttlistDeclHandler(parser, attributeListDeclaration)
        XML_SetSkippedEntityHandler(parser, skippedEntity)
        XML_SetNotStandaloneHandler(parser, notStandalone)
        let status = data.withUnsafeBytes { bytes in
            XML_Parse(parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 1)
        }
        if let refusal = builder.refusal { throw refusal }
        guard status != XML_STATUS_ERROR, let root = builder.root else {
            let message = XML_ErrorString(XML_GetErrorCode(parser)).map { String(cString: $0) } ?? "unknown error"
            throw ProjectError(
                file: file, line: Int(XML_GetCurrentLineNumber(parser)),
                column: Int(XML_GetCurrentColumnNumber(parser)) + 1,
                problem: "not well-formed XML: \(message)")
        }
        if let duplicate = builder.duplicateGUID { throw duplicate }
        return root
    }
}

/// The tree being built while Expat parses, and the first refusal, if any.
private final class TreeBuilder {
    let file: String
    let parser: XML_Parser
    let reading: Set<String>?
    var open: [ParsedElement] = []
    var root: ParsedElement?
    var refusal: ProjectError?
    /// How deep inside an element that is not kept the parser is; 0 when not inside one.
    var skipped = 0
    let elementLimit: Int
    var elements = 0
    /// The GUIDs seen so far, when they are checked.
    var guids: GUIDUniqueness?
    /// For each open element, the label of the innermost element around it (itself included) that has a GUID.
    var labels: [String?] = []
    /// The first GUID used twice.
    var duplicateGUID: ProjectError?
    /// The root's child whose elements are handed over as they end, and who takes them.
    var streaming: (container: String, handler: (ParsedElement) -> Void)?
    /// Whether the open child of the root is the first called `streaming.container`, whose elements are handed over.
    var inStreamedContainer = false
    private var streamedContainerSeen = false

    init(file: String, parser: XML_Parser, reading: Set<String>?, elementLimit: Int) {
        self.file = file
        self.parser = parser
        self.reading = reading
        self.elementLimit = elementLimit
    }

    static func from(_ userData: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(userData!).takeUnretainedValue()
    }

    var line: Int { Int(XML_GetCurrentLineNumber(parser)) }

    func start(_ name: UnsafePointer<CChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<CChar>?>?) {
        guard refusal == nil else { return }
        guard open.count + skipped < InputLimits.xmlDepth else {
            return refuse("elements are nested more than \(InputLimits.xmlDepth) deep, the most Glean reads (refused)")
        }
        elements += 1
        guard elements <= elementLimit else {
            return refuse("the document has more than \(elementLimit) elements, the most Glean reads (refused)")
        }
        let local = Self.local(String(cString: name))
        guard skipped == 0, open.isEmpty || reading?.contains(local) ?? true else {
            skipped += 1
            return
        }
        var pairs: [(name: String, value: String)] = []
        var index = 0
        while let key = attributes?[index], let value = attributes?[index + 1] {
            let name = String(cString: key)
            let length = strlen(value)
            guard length <= InputLimits.nameBytes else {
                return refuse(
                    "the attribute \"\(IncomingText.singleLine(String(name.prefix(40))))\" of <\(IncomingText.singleLine(String(local.prefix(40))))> holds \(length) bytes, more than the \(InputLimits.nameBytes) bytes Glean reads as a name or id (refused)"
                )
            }
            if name != "xmlns", !name.hasPrefix("xmlns:") { pairs.append((Self.local(name), String(cString: value))) }
            index += 2
        }
        if let parent = open.indices.last, Self.isBlank(open[parent].text) { open[parent].text = "" }
        let element = ParsedElement(name: local, attributes: pairs, line: line)
        if open.count == 1, let streaming {
            inStreamedContainer = local == streaming.container && !streamedContainerSeen
            streamedContainerSeen = streamedContainerSeen || inStreamedContainer
        }
        if guids != nil, duplicateGUID == nil {
            let parent = labels.last ?? nil
            do { labels.append(try guids?.note(element, parent: parent) ?? parent) } catch {
                duplicateGUID = error as? ProjectError
                labels.append(parent)
            }
        } else if guids != nil {
            labels.append(nil)
        }
        open.append(element)
    }

    func end() {
        guard refusal == nil else { return }
        guard skipped == 0 else {
            skipped -= 1
            return
        }
        guard var element = open.popLast() else { return }
        if guids != nil { labels.removeLast() }
        if !element.children.isEmpty, Self.isBlank(element.text) { element.text = "" }
        if open.count == 2, inStreamedContainer, let streaming {
            if duplicateGUID == nil { streaming.handler(element) }
        } else if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].children.append(element)
        }
    }

    func characters(_ text: UnsafePointer<CChar>, _ length: Int32) {
        guard refusal == nil, skipped == 0, let current = open.indices.last else { return }
        guard open[current].text.utf8.count + Int(length) <= InputLimits.logTextBytes else {
            return refuse(
                "the text of <\(IncomingText.singleLine(String(open[current].name.prefix(40))))> (line \(open[current].line)) is longer than \(InputLimits.describe(bytes: InputLimits.logTextBytes)), the most Glean reads as one text (refused)"
            )
        }
        open[current].text += String(decoding: UnsafeRawBufferPointer(start: text, count: Int(length)), as: UTF8.self)
    }

    /// Records `problem` at the current line and stops the parser, so nothing after it is read.
    func refuse(_ problem: String) {
        guard refusal == nil else { return }
        refusal = ProjectError(file: file, line: line, problem: problem)
        XML_StopParser(parser, 0)
    }

    /// Whether `text` is only white space, looked at byte by byte first since it is nearly always the indentation
    /// between elements.
    private static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 } || text.allSatisfy(\.isWhitespace)
    }

    /// `name` without its prefix: what follows its last colon, found byte by byte when the name is ASCII, as names
    /// nearly always are (this runs for every element and attribute of a document).
    private static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else {
            return name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
        }
        return String(name[name.utf8.index(after: colon)...])
    }
}

/// What Glean says of every entity and external DTD.
private let neverExpanded = "Glean never expands entities or loads DTDs (refused)"

private let startElement: XML_StartElementHandler = { userData, name, attributes in
    guard let name else { return }
    TreeBuilder.from(userData).start(name, attributes)
}

private let endElement: XML_EndElementHandler = { userData, _ in
    TreeBuilder.from(userData).end()
}

private let characters: XML_CharacterDataHandler = { userData, text, length in
    guard let text else { return }
    TreeBuilder.from(userData).characters(text, length)
}

private let startDoctype: XML_StartDoctypeDeclHandler = { userData, _, systemID, publicID, _ in
    guard systemID != nil || publicID != nil else { return }
    TreeBuilder.from(userData).refuse("the document's DOCTYPE names an external DTD; \(neverExpanded)")
}

private let entityDeclaration: XML_EntityDeclHandler = { userData, _, _, _, _, _, _, _, _ in
    TreeBuilder.from(userData).refuse("the document declares entities in its DOCTYPE; \(neverExpanded)")
}

private let attributeListDeclaration: XML_AttlistDeclHandler = { userData, _, _, _, _, _ in
    TreeBuilder.from(userData).refuse(
        "the document declares attributes (ATTLIST) in its DOCTYPE; Glean reads only the attributes a file holds (refused)"
    )
}

private let skippedEntity: XML_SkippedEntityHandler = { userData, _, _ in
    TreeBuilder.from(userData).refuse("the document refers to an entity it does not declare; \(neverExpanded)")
}

/// Called, unless the document says it is standalone, as soon as its DOCTYPE names an external DTD or refers to a
/// parameter entity.
private let notStandalone: XML_NotStandaloneHandler = { userData in
    TreeBuilder.from(userData).refuse(
        "the document's DOCTYPE refers to an external DTD or to parameter entities; \(neverExpanded)")
    return 0
}
