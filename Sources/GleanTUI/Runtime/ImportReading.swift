import Foundation
import GleanCore

/// Reads an import's input for the preview: its columns first (so a CSV whose participant column cannot be guessed
/// still shows, to be mapped), then its rows with the preview's mapping. Problems that concern the mapping or the dates
/// are kept in the preview, on screen, rather than closing it.
public enum ImportReading {
    /// The preview of the input at `path`, each column used as guessed. Throws when the input cannot be read at all,
    /// and `CancellationError` when `cancellation` is cancelled before its rows are read.
    public static func fresh(_ path: String, project: Project, cancellation: CancellationToken? = nil) throws
        -> ImportPreview
    {
        let columns = try LogImport.columns(of: url(path), name: path)
        try cancellation?.check()
        var preview = read(ImportPreview(path: path, columns: columns), project: project)
        preview.isReread = false
        return preview
    }

    /// `preview` with its batch read afresh with its mapping.
    public static func read(_ preview: ImportPreview, project: Project) -> ImportPreview {
        var preview = preview
        preview.isReading = false
        preview.isReread = true
        preview.batch = ImportBatch()
        preview.ambiguity = nil
        preview.problem = preview.missingUse
        guard preview.problem == nil else { return preview }
        do {
            preview.batch = try LogImport.read(
                url(preview.path), name: preview.path, mapping: preview.mapping, project: project)
        } catch let ambiguity as AmbiguousDateFormat {
            preview.ambiguity = ambiguity
            preview.problem = "Dates such as “\(ambiguity.sample)” read two ways: press f to say which"
        } catch {
            preview.problem = "\(error)"
        }
        return preview
    }

    private static func url(_ path: String) -> URL {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
    }
}
