/// How a log's sections are laid out in the text of its REFI-QDA source, and how to find them again.
///
/// The source text is each section as `prompt + "\n\n" + text`, sections joined by `"\n\n"`. The layout — each
/// section's prompt and text lengths in Unicode scalars, written `P,T;P,T` — travels as the source's
/// `Glean sections` variable, so a Glean export imports back into the same sections; a source without it (or whose
/// text no longer fits it) is one section.
struct SourceLayout {
    /// Each section's prompt and the scalar range of its text within the source text.
    var sections: [(prompt: String, text: Range<Int>)]

    /// The name of the source variable that carries the layout.
    static let variableName = "Glean sections"

    /// The prompt of the one section made from a source that is not laid out by Glean.
    static let wholeSourcePrompt = "Text"

    private static let separator = "\n\n"

    /// The source text of `log`.
    static func text(of log: Log) -> String {
        log.sections.map { $0.prompt + separator + $0.text }.joined(separator: separator)
    }

    /// The layout value of `log`, e.g. `8,112;13,300`.
    static func value(of log: Log) -> String {
        log.sections.map { "\($0.prompt.unicodeScalars.count),\($0.scalarCount)" }.joined(separator: ";")
    }

    /// The scalar offset in the source text where section `index` of `log` begins its text.
    static func textOffset(of index: Int, in log: Log) -> Int {
        let before = log.sections[..<index].reduce(0) { $0 + $1.prompt.unicodeScalars.count + $1.scalarCount + 4 }
        return before + log.sections[index].prompt.unicodeScalars.count + 2
    }

    /// The layout of `scalars` described by `value`, or nil when there is no value or the text does not fit it.
    init?(value: String?, scalars: [Unicode.Scalar]) {
        guard let value else { return nil }
        var sections: [(String, Range<Int>)] = []
        var position = 0
        let separator = Array(Self.separator.unicodeScalars)
        for (index, part) in value.split(separator: ";", omittingEmptySubsequences: false).enumerated()
        where !value.isEmpty {
            let lengths = part.split(separator: ",").compactMap { Int($0) }
            guard lengths.count == 2, lengths.allSatisfy({ $0 >= 0 }) else { return nil }
            if index > 0 {
                guard scalars.count >= position + 2, Array(scalars[position..<position + 2]) == separator else {
                    return nil
                }
                position += 2
            }
            let promptEnd = position + lengths[0]
            let textEnd = promptEnd + 2 + lengths[1]
            guard textEnd <= scalars.count, Array(scalars[promptEnd..<promptEnd + 2]) == separator else { return nil }
            sections.append((SourcePositions.string(scalars[position..<promptEnd]), promptEnd + 2..<textEnd))
            position = textEnd
        }
        guard position == scalars.count else { return nil }
        self.sections = sections
    }

    /// One section holding the whole of `scalars`.
    init(whole scalars: [Unicode.Scalar]) {
        sections = [(Self.wholeSourcePrompt, 0..<scalars.count)]
    }
}
