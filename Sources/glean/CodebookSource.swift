import Foundation
import GleanCore

/// The codebook a command line names: a `.qdc` or Glean codebook `.json` file, or `sample` for the bundled sample's.
enum CodebookSource {
    /// What adding the codebook `source` names to `project` gives, without writing anything.
    static func outcome(_ source: String, into project: Project) throws -> CodebookImport.Outcome {
        if source == "sample" {
            return try CodebookImport.merge(
                SampleProject.codebook().concerns, from: "the sample codebook", into: project)
        }
        let url = URL(fileURLWithPath: source)
        let concerns = try CodebookFile.read(url, name: source)
        return try CodebookImport.merge(concerns, from: url.lastPathComponent, into: project)
    }
}
