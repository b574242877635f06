import Foundation

/// Codebook files: Glean's own codebook JSON (keys and colours kept) and REFI-QDA `.qdc` (read with the exchange
/// reader; a `.qdc` carries colours but no keys).
///
/// Glean's codebook JSON is `{"format": "glean-codebook", "version": 1, "concerns": [...]}`, each concern with `name`
/// and `theme`, and optionally `id`, `key` (1–9), `colour` (`#RRGGBB`) and `description`, in display order.
public enum CodebookFile {
    /// The `format` value that marks a Glean codebook JSON file.
    static let format = "glean-codebook"

    /// The concerns in the codebook file at `url` (named `name` in messages), in its order; ids, keys and colours are
    /// as the file gives them (a missing id or colour is filled in, a missing key left nil).
    ///
    /// - Throws: `ProjectError` naming the file, the line where known, and the problem.
    public static func read(_ url: URL, name: String) throws -> [Concern] {
        if url.pathExtension.lowercased() == "qdc" {
            return try ExchangeImport.read(url, name: name, format: .qdc).concerns
        }
        let data = try BoundedFile.read(
            url, file: name, limit: InputLimits.exchangeXMLBytes, what: "a codebook may hold")
        let document = try JSONFormat.decode(Document.self, from: data, file: name)
        guard document.format == format else {
            throw ProjectError(
                file: name, line: line(of: "\"format\"", in: data),
                problem:
                    "\"format\" is \"\(document.format)\", not \"\(format)\": this is not a Glean codebook (a REFI-QDA codebook must end in .qdc)"
            )
        }
        guard document.version == 1 else {
            throw ProjectError(
                file: name, line: line(of: "\"version\"", in: data),
                problem: "codebook version \(document.version) is newer than this Glean reads (1)")
        }
        return try concerns(document.concerns, data: data, file: name)
    }

    /// Glean codebook JSON for `codebook`, keys and colours included.
    public static func json(_ codebook: Codebook) throws -> Data {
        try JSONFormat.snapshot(
            Document(
                format: format, version: 1,
                concerns: codebook.concerns.map {
                    Entry(
                        id: $0.id, name: $0.name, theme: $0.theme, key: $0.key, colour: $0.colour,
                        description: $0.description)
                }))
    }

    /// The file's contents as written.
    struct Document: Codable {
        var format: String
        var version: Int
        var concerns: [Entry]
    }

    /// One concern as written.
    struct Entry: Codable {
        var id: String?
        var name: String
        var theme: String
        var key: Int?
        var colour: String?
        var description: String?
    }

    /// The entries checked and made concerns: names, ids and keys unique, keys 1–9, colours `#RRGGBB`.
    private static func concerns(_ entries: [Entry], data: Data, file: String) throws -> [Concern] {
        var ids = ConcernIDs(taken: [])
        var names: Set<String> = []
        var keys: [Int: String] = [:]
        var concerns: [Concern] = []
        for (index, entry) in entries.enumerated() {
            let name = IncomingText.singleLine(entry.name).trimmingCharacters(in: .whitespaces)
            func refuse(_ problem: String) -> ProjectError {
                ProjectError(
                    file: file, line: line(of: encoded(entry.name), in: data),
                    problem: "concerns[\(index)] (“\(name)”): \(problem)")
            }
            guard !name.isEmpty else { throw refuse("the name is empty") }
            guard names.insert(name.lowercased()).inserted else { throw refuse("another concern has this name") }
            let theme = IncomingText.singleLine(entry.theme).trimmingCharacters(in: .whitespaces)
            guard !theme.isEmpty else { throw refuse("the theme is empty") }
            if let key = entry.key {
                guard (1...9).contains(key) else { throw refuse("key \(key) is not a number key 1–9") }
                if let other = keys[key] { throw refuse("key \(key) is bound to “\(other)” as well") }
                keys[key] = name
            }
            var colour = Codebook.palette[index % Codebook.palette.count]
            if let given = entry.colour {
                guard let checked = ColourText.glean(given) else { throw refuse("colour “\(given)” is not #RRGGBB") }
                colour = checked
            }
            let id: String
            if let given = entry.id {
                guard !given.isEmpty, given.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw refuse("id “\(given)” should be letters, digits and hyphens")
                }
                guard ids.take(given) else { throw refuse("id “\(given)” is used twice") }
                id = given
            } else {
                id = ids.newID(forName: name)
            }
            concerns.append(
                Concern(
                    id: id, name: name, description: IncomingText.singleLine(entry.description ?? ""), colour: colour,
                    key: entry.key, theme: theme))
        }
        return concerns
    }

    private static func encoded(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    }

    /// The 1-based line of the first occurrence of `text` in `data`, if any.
    private static func line(of text: String, in data: Data) -> Int? {
        guard let range = data.range(of: Data(text.utf8)) else { return nil }
        return DecodingErrorDescription.lineAndColumn(ofByte: range.lowerBound, in: data).line
    }
}
