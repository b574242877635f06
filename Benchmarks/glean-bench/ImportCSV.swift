import Foundation
import GleanCore

/// The import file for the CSV import measure: one row per log, as a form export would give them.
enum ImportCSV {
    /// Writes every log of `project` as a row `participant,date,Progress,Concerns` (the first two sections), every
    /// field quoted.
    ///
    /// - Complexity: O(*n*) in the project's text; written in chunks of about 1 MiB.
    static func write(_ project: Project, to file: URL) throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw BenchError("cannot create \(file.path)")
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var chunk = "participant,date,Progress,Concerns\n"
        for number in project.fortnightNumbers {
            for log in project.fortnight(number).logs {
                let texts = log.sections.prefix(2).map(\.text)
                let fields = [log.participant, log.date.iso] + texts + Array(repeating: "", count: 2 - texts.count)
                chunk += fields.map(quoted).joined(separator: ",") + "\n"
                if chunk.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(chunk.utf8))
                    chunk = ""
                }
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
