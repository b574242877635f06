import Foundation

/// Exporting a whole project as REFI-QDA: a QDPX archive, or the codebook alone as QDC.
public enum ExchangeExport {
    /// The bytes of `project` exported in `format`.
    public static func render(_ project: Project, format: ExchangeFormat) throws -> Data {
        switch format {
        case .qdpx: return try archive(project)
        case .qdc: return codebook(project)
        }
    }

    /// A QDPX archive: `project.qde` and each log's text as `sources/<GUID>.txt` (UTF-8, no byte order mark).
    ///
    /// Entries have a fixed date, so exporting the same project twice gives the same bytes.
    public static func archive(_ project: Project) throws -> Data {
        let xml = ProjectXML(project)
        return try ZipWriting.archive(
            [("project.qde", xml.document)] + xml.logs.map { ("sources/\($0.guid).txt", Data(SourceLayout.text(of: $0.log).utf8)) })
    }

    /// A QDC codebook: the themes and concerns as in the project export.
    public static func codebook(_ project: Project) -> Data {
        let guids = ExchangeGUIDs(start: project.programme.start)
        let codes = CodeBookXML.codes(project.codebook, guids: guids)
            ?? ExchangeXML.element("Codes", [:], [ExchangeXML.element("Code", ["guid": guids.guid("theme", ""), "name": "Codes", "isCodable": "false"])])
        return ExchangeXML.document(
            ExchangeXML.element("CodeBook", ["origin": "Glean"], [codes]), namespace: "urn:QDA-XML:codebook:1.0")
    }
}
