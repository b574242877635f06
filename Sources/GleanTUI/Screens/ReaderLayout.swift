import GleanCore

/// A log laid out for the Reader: section headings, wrapped text lines, and where each character came from.
struct ReaderLayout {
    /// One displayed line.
    enum Line: Equatable {
        case heading(String)
        case text(section: Int, characters: [PlacedCharacter])
        case blank
    }

    /// A character of a section and its scalar offset in the section's text.
    struct PlacedCharacter: Equatable {
        var character: Character
        var offset: Int
    }

    let lines: [Line]

    /// Lays out `log` for a text column `width` wide.
    init(log: Log, width: Int) {
        var lines: [Line] = []
        for (index, section) in log.sections.enumerated() {
            if index > 0 { lines.append(.blank) }
            lines.append(.heading(section.prompt))
            lines += ReaderLayout.wrap(section.text, section: index, width: width)
        }
        self.lines = lines
    }

    /// The line holding scalar `offset` of `section`, if any.
    func line(of section: Int, offset: Int) -> Int? {
        var lastOfSection: Int?
        for (number, line) in lines.enumerated() {
            guard case .text(let lineSection, let characters) = line, lineSection == section else { continue }
            lastOfSection = number
            if let last = characters.last, offset <= last.offset { return number }
        }
        return lastOfSection
    }

    private static func wrap(_ text: String, section: Int, width: Int) -> [Line] {
        var placed: [String.Index: Int] = [:]
        var offset = 0
        for index in text.indices {
            placed[index] = offset
            offset += text[index].unicodeScalars.count
        }
        return TextLayout.wrap(text, width: width).map { range in
            let characters = text[range].indices.map { index in
                PlacedCharacter(character: text[index], offset: placed[index] ?? 0)
            }
            return .text(section: section, characters: characters)
        }
    }
}
