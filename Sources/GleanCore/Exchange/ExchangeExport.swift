import Foundation

/// Exporting a whole project as REFI-QDA: a QDPX archive, or the codebook alone as QDC.
public enum ExchangeExport {
    /// Writes `project` in `format` to `url` as `ExportFile.write` does (staged beside it, then given its name), a
    /// QDPX archive streamed into the file as it is made.
    ///
    /// - Throws: `ExportFile.Exists` when a regular file is at `url` and `replacing` is false; `ProjectError` when the
    ///   file cannot be written.
    public static func write(_ project: Project, format: ExchangeFormat, to url: URL, replacing: Bool) throws {
        switch format {
        case .qdpx:
            try ExportFile.write(to: url, replacing: replacing) { file, path in
                try archive(project, into: ZipFileOutput(file: file, path: path))
            }
        case .qdc:
            try ExportFile.write(codebook(project), to: url, replacing: replacing)
        }
    }

    /// A QDPX archive in memory: `project.qde` and each log's text as `sources/<GUID>.txt` (UTF-8, no byte order mark).
    ///
    /// Entries have a fixed date, so exporting the same project twice gives the same bytes.
    static func archive(_ project: Project) throws -> Data {
        let output = ZipMemoryOutput()
        try archive(project, into: output)
        return output.data
    }

    /// Writes the QDPX archive of `project` to `output`, the XML first, each part as soon as it is made.
    static func archive(_ project: Project, into output: ZipOutput) throws {
        let xml = ProjectXML(project)
        let zip = try ZipStreamWriter(output)
        try zip.beginEntry("project.qde")
        try xml.write { try zip.write($0) }
        try zip.endEntry()
        for (log, guid) in xml.logs {
            try zip.addEntry("sources/\(guid).txt", SourceLayout.text(of: log).utf8)
        }
        try zip.finish()
    }

    /// A QDC codebook: the themes and concerns as in the project export.
    public static func codebook(_ project: Project) -> Data {
        let guids = ExchangeGUIDs(start: project.programme.start)
        let codes =
            CodeBookXML.codes(project.codebook, guids: guids)
            ?? ExchangeXML.element(
                "Codes", [:],
                [ExchangeXML.element("Code", ["guid": guids.guid("theme", ""), "name": "Codes", "isCodable": "false"])])
        return ExchangeXML.document(
            ExchangeXML.element("CodeBook", ["origin": "Glean"], [codes]), namespace: "urn:QDA-XML:codebook:1.0")
    }
}
