import Foundation

/// A passage of a log section, named as `glean tag` names one: log id, section index, and Unicode-scalar offsets.
struct Passage: Hashable, CustomStringConvertible {
    let log: String
    let section: Int
    let start: Int
    let end: Int

    var description: String { "\(log) section \(section) \(start)..<\(end)" }

    /// Every sentence of every log in the project at `project`, read from its `fortnights/*/logs.json` files.
    static func sentences(inProjectAt project: URL) throws -> [Passage] {
        let folder = project.appendingPathComponent("fortnights")
        var passages: [Passage] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("logs.json"))
            for log in try JSONDecoder().decode(LogsFile.self, from: data).logs {
                for (index, section) in log.sections.enumerated() {
                    passages += sentenceRanges(in: section.text).map {
                        Passage(log: log.id, section: index, start: $0.lowerBound, end: $0.upperBound)
                    }
                }
            }
        }
        return passages
    }

    /// The sentences of `text` as Unicode-scalar ranges: a sentence ends after `.`, `!` or `?` followed by a space,
    /// or at the end of the text.
    static func sentenceRanges(in text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var start = 0
        for index in scalars.indices.dropLast()
        where ".!?".unicodeScalars.contains(scalars[index]) && scalars[index + 1] == " " {
            ranges.append(start..<(index + 1))
            start = index + 2
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// The parts of a `logs.json` file a passage needs.
    private struct LogsFile: Decodable {
        struct Log: Decodable {
            let id: String
            let sections: [Section]
        }

        struct Section: Decodable {
            let text: String
        }

        let logs: [Log]
    }
}
