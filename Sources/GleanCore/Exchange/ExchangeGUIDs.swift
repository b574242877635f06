import Foundation

/// The GUIDs of a project's REFI-QDA export, the same in every export of the same project.
///
/// Each is a name-based UUID (version 5, SHA-1) in Glean's namespace, named `"<programme start>|<kind>|<id>"`, so an
/// exported concern, case, source or selection keeps its GUID however often it is exported. Quote ids that are already
/// UUIDs are used as they are.
struct ExchangeGUIDs {
    /// Glean's namespace for name-based UUIDs.
    static let namespace: [UInt8] = Array(UUID(uuidString: "6f1d2b9e-4c4a-4f5e-9a43-3b1e0c6d7a52")!.uuidBytes)

    /// The programme's first day, which keeps two programmes' GUIDs apart.
    let start: Day
    /// `<programme start>|`, written out once rather than for each of an export's GUIDs.
    private let prefix: String

    /// The GUIDs of the programme starting on `start`.
    init(start: Day) {
        self.start = start
        prefix = start.iso + "|"
    }

    /// The GUID of the thing of `kind` known by `id`.
    func guid(_ kind: String, _ id: String) -> String {
        Self.nameBased(prefix + kind + "|" + id)
    }

    /// The GUID of `quote`'s selection: its id when that is a UUID.
    func selection(_ quote: Quote) -> String {
        GUIDText.normalised(quote.id).map { _ in quote.id.lowercased() } ?? guid("quote", quote.id)
    }

    /// The version 5 UUID of `name` in Glean's namespace, in lower case.
    static func nameBased(_ name: String) -> String {
        var bytes = SHA1.digest(namespace + Array(name.utf8))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.prefix(16).enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The lower-case hexadecimal digits, as a UUID is written here.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// Reading GUIDs as other tools write them: upper or lower case, with or without braces.
enum GUIDText {
    /// `text` as a lower-case GUID without braces, or nil when it is not a GUID.
    static func normalised(_ text: String) -> String? {
        if isUUID(text[...].utf8) {
            return text.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
                ? text.lowercased() : text
        }
        let padded = [text.unicodeScalars.first, text.unicodeScalars.last].contains { $0.map(isSpace) ?? false }
        var core = Substring(padded ? text.trimmingCharacters(in: .whitespaces) : text)
        if core.hasPrefix("{"), core.hasSuffix("}") { core = core.dropFirst().dropLast() }
        return isUUID(core.utf8) ? core.lowercased() : nil
    }

    /// Whether `bytes` are a UUID in its written form, 8-4-4-4-12 hexadecimal digits: checked here, not with
    /// `UUID(uuidString:)`, which on Linux also takes spaces inside and is slow on the hundreds of thousands of GUIDs
    /// of a large document.
    private static func isUUID(_ bytes: Substring.UTF8View) -> Bool {
        guard bytes.count == 36 else { return false }
        var offset = 0
        for byte in bytes {
            let fits =
                offset == 8 || offset == 13 || offset == 18 || offset == 23
                ? byte == UInt8(ascii: "-")
                : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
            guard fits else { return false }
            offset += 1
        }
        return true
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
}

extension UUID {
    /// The sixteen bytes of the UUID.
    fileprivate var uuidBytes: [UInt8] {
        withUnsafeBytes(of: uuid) { Array($0) }
    }
}
