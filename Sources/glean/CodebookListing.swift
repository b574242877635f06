import Foundation
import GleanCore

/// The codebook as `glean codebook list` prints it: themes with their concerns, keys, colours and quote counts.
struct CodebookListing {
    let project: Project

    init(_ project: Project) {
        self.project = project
    }

    /// One heading per theme, then a line per concern: key, colour, name, quote count and id.
    var text: String {
        let codebook = project.codebook
        guard !codebook.concerns.isEmpty else {
            return "The codebook is empty: add a concern with glean codebook add --name NAME --theme THEME\n"
        }
        let width = codebook.concerns.map(\.name.count).max() ?? 0
        var lines: [String] = []
        for theme in codebook.themes {
            lines.append(theme)
            for concern in codebook.concerns where concern.theme == theme {
                let count = CodebookOperations.quoteCount(of: concern.id, in: project)
                let key = concern.key.map(String.init) ?? "-"
                let name = concern.name + String(repeating: " ", count: max(0, width - concern.name.count))
                lines.append(
                    "  \(key)  \(concern.colour)  \(name)  \(count) \(count == 1 ? "quote " : "quotes")  \(concern.id)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The codebook file's JSON with each concern's `quotes` count added.
    func json() throws -> String {
        let data = try CodebookFile.json(project.codebook)
        var document = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        let counted = (document["concerns"] as? [[String: Any]] ?? []).map { entry -> [String: Any] in
            var entry = entry
            entry["quotes"] = CodebookOperations.quoteCount(of: entry["id"] as? String ?? "", in: project)
            return entry
        }
        document["concerns"] = counted
        let output = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: output, as: UTF8.self) + "\n"
    }
}
