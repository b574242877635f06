import Foundation

/// Making a programme's exports, as `glean export` and the interface's `e` do: the fortnight summary as Markdown or
/// HTML, its quotes as CSV, its data as JSON, optionally pseudonymised.
public enum SummaryExport {
    /// What to export, and how.
    public struct Request: Equatable, Sendable {
        /// The format.
        public var format: ExportFormat
        /// The fortnights covered; every fortnight only for CSV and JSON.
        public var scope: ExportScope
        /// A facilitator's own Mustache template, for Markdown and HTML; nil for the bundled one.
        var template: URL?
        /// Whether, and how, participants are pseudonymised; nil to export codes and every attribute.
        public var pseudonymisation: Pseudonymisation?
        /// The rows and cells of a rapid-analysis matrix; ignored by the other formats.
        var matrix: MatrixLayout
        /// Facilitators' names, for a summary to say whose coding it uses.
        var names: FacilitatorNames

        /// Creates a request.
        public init(
            format: ExportFormat, scope: ExportScope, template: URL? = nil, pseudonymisation: Pseudonymisation? = nil,
            matrix: MatrixLayout = MatrixLayout(), names: FacilitatorNames = FacilitatorNames()
        ) {
            self.names = names
            self.format = format
            self.scope = scope
            self.template = template
            self.pseudonymisation = pseudonymisation
            self.matrix = matrix
        }
    }

    /// The file name the interface uses, e.g. `summary-fortnight-003.md` or `matrix-fortnight-003.html`.
    public static func fileName(fortnight: Int, format: ExportFormat = .markdown) -> String {
        "\(format.fileStem)-fortnight-\(Project.threeDigits(fortnight)).\(format.fileExtension)"
    }

    /// The name of the index page `--all` writes beside the summaries, e.g. `index.md`.
    public static func indexFileName(format: ExportFormat) -> String {
        "index.\(format.fileExtension)"
    }

    /// One file of a set of summaries: its name in the folder and its bytes.
    public struct NamedFile: Equatable, Sendable {
        /// The file's name, e.g. `summary-fortnight-002.md`.
        var name: String
        /// Its contents.
        var data: Data
    }

    /// Every fortnight's summary in the request's format (Markdown or HTML), each linking to the previous and next
    /// ones and to the index, then the index page: the files `glean export --all -o DIR` writes.
    ///
    /// - Throws: as `render` does; `ExportError` for a format that is not a summary.
    public static func renderAll(_ project: Project, _ request: Request) throws -> [NamedFile] {
        guard request.format.usesTemplate else {
            throw ExportError("only markdown and html summaries are written one file per fortnight")
        }
        var single = request
        single.scope = .fortnight(1)
        try check(single, against: project)
        let source = request.pseudonymisation.map(project.pseudonymised) ?? project
        let renderer =
            try request.template.map { try SummaryRenderer(templateFile: $0) }
            ?? SummaryRenderer(request.format == .html ? .html : .markdown)
        let numbers = source.fortnightNumbers
        let name = { (number: Int) in fileName(fortnight: number, format: request.format) }
        let index = indexFileName(format: request.format)
        var summaries: [FortnightSummary] = []
        var files: [NamedFile] = []
        for number in numbers {
            var summary = FortnightSummary(project: source, fortnight: number, names: request.names)
            summary.links = SummaryIndex.links(
                of: number, among: numbers, titles: source.programme.title(ofFortnight:), fileName: name, index: index)
            files.append(NamedFile(name: name(number), data: Data(try renderer.render(summary).utf8)))
            summaries.append(summary)
        }
        let indexRenderer = try SummaryRenderer(request.format == .html ? .htmlIndex : .markdownIndex)
        let page = SummaryIndex(programme: source.programme.name, summaries: summaries, fileName: name)
        files.append(NamedFile(name: index, data: Data(try indexRenderer.render(page).utf8)))
        return files
    }

    /// Writes `files` into `folder`, creating it when it does not exist, each file as `ExportFile` writes one; throws
    /// `ExportFile.Exists`, before writing any, when one is there already and `replacing` is false.
    public static func write(_ files: [NamedFile], intoFolder folder: URL, replacing: Bool) throws {
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw ProjectError(
                    file: folder.path, problem: "cannot create the folder (\(error.localizedDescription))")
            }
        } else if !isFolder.boolValue {
            throw ExportRequestError.notAFolder(path: folder.path)
        }
        let opened = try FolderDescriptor.opening(folder.standardizedFileURL)
        for file in files { try ExportFile.check(file.name, in: opened, replacing: replacing) }
        for file in files { try ExportFile.write(file.data, named: file.name, in: opened, replacing: replacing) }
    }

    /// The bytes of the export `request` asks for.
    ///
    /// - Throws: `ExportError` when the request does not fit the project (a missing fortnight, an unknown attribute)
    ///   or the format (every fortnight in a summary, a template for CSV or JSON); `ProjectError` for a template that
    ///   cannot be read or parsed.
    public static func render(_ project: Project, _ request: Request) throws -> Data {
        try check(request, against: project)
        let source = request.pseudonymisation.map(project.pseudonymised) ?? project
        let numbers = request.scope.numbers(in: source)
        switch request.format {
        case .markdown, .html:
            let renderer =
                try request.template.map { try SummaryRenderer(templateFile: $0) }
                ?? SummaryRenderer(request.format == .html ? .html : .markdown)
            return Data(
                try renderer.render(FortnightSummary(project: source, fortnight: numbers[0], names: request.names)).utf8
            )
        case .csv:
            return try CSVExport.data(source, fortnights: numbers)
        case .json:
            let documents = numbers.map { SummaryDocument(project: source, fortnight: $0, names: request.names) }
            return request.scope.isSingleFortnight
                ? try JSONFormat.snapshot(documents[0]) : try JSONFormat.snapshot(documents)
        case .matrixCSV:
            return try MatrixCSV.data(
                Matrix(project: source.agreedCoding(), fortnights: numbers, rows: request.matrix.rows),
                cells: request.matrix.cells)
        case .matrixHTML:
            return try MatrixHTML.data(
                Matrix(project: source.agreedCoding(), fortnights: numbers, rows: request.matrix.rows), of: source,
                cells: request.matrix.cells)
        case .exchange(let kind):
            throw ExportError(
                "\(kind.rawValue) holds the whole project, not fortnights of it; ExchangeExport writes it")
        }
    }

    /// Writes the export of `fortnight` in `format` (Markdown unless told otherwise) into the `exports` folder of the
    /// project at `layout`, atomically, and returns where. Neither the folder nor the file may be a link or anything
    /// but a folder and a regular file (see `ExportFile`); a file already there is replaced only when `replacing`,
    /// otherwise `ExportFile.Exists` is thrown. Once `cancellation` is cancelled, throws `CancellationError` at the
    /// next step before the file is renamed into place, leaving nothing written.
    @discardableResult
    public static func write(
        _ project: Project, fortnight: Int, format: ExportFormat = .markdown, into layout: ProjectLayout,
        replacing: Bool, names: FacilitatorNames = FacilitatorNames(), cancellation: CancellationToken? = nil
    ) throws -> URL {
        try cancellation?.check()
        let data = try render(project, Request(format: format, scope: .fortnight(fortnight), names: names))
        try cancellation?.check()
        let name = fileName(fortnight: fortnight, format: format)
        guard let folder = try layout.openFolder(layout.relativePath(layout.exportsFolder), create: true) else {
            throw ProjectError(file: layout.display(layout.exportsFolder), problem: "cannot create the folder")
        }
        try ExportFile.write(data, named: name, in: folder, replacing: replacing, cancellation: cancellation)
        return layout.exportsFolder.appendingPathComponent(name)
    }

    /// Writes the export `request` asks for to `url` as `ExportFile` writes files (replacing a regular file there only
    /// when `replacing`). CSV streams into the file row by row; the other formats are rendered whole first.
    ///
    /// - Throws: as `render` does, before anything is written; `ExportFile.Exists` as `ExportFile.write` does.
    public static func write(_ project: Project, _ request: Request, to url: URL, replacing: Bool) throws {
        guard request.format == .csv else {
            return try ExportFile.write(render(project, request), to: url, replacing: replacing)
        }
        try check(request, against: project)
        try ExportFile.write(to: url, replacing: replacing) { file, path in
            try writeCSV(project, request) { block in
                try block.withUnsafeBytes { try FolderDescriptor.writeAll($0, to: file, path: path) }
            }
        }
    }

    /// Hands `drain` the bytes of the CSV export `request` asks for (`request.format` must be `.csv`), a block at a
    /// time as they are made, so that they need not be held in memory: the bytes `render` gives.
    ///
    /// - Throws: as `render` does, before any bytes are handed on; whatever `drain` throws.
    public static func writeCSV(_ project: Project, _ request: Request, drain: @escaping ([UInt8]) throws -> Void)
        throws
    {
        precondition(request.format == .csv, "writeCSV writes CSV only")
        try check(request, against: project)
        let source = request.pseudonymisation.map(project.pseudonymised) ?? project
        try CSVExport.write(source, fortnights: request.scope.numbers(in: source), drain: drain)
    }

    /// Throws `ExportError` or `ExportRequestError` when `request` does not fit `project` or its format.
    static func check(_ request: Request, against project: Project) throws {
        if !request.scope.isSingleFortnight, !request.format.coversSeveralFortnights {
            let formats = ExportFormat.allCases.filter(\.coversSeveralFortnights).map(\.rawValue)
            throw ExportRequestError.severalFortnights(format: request.format.rawValue, formats: formats)
        }
        if request.template != nil, !request.format.usesTemplate {
            let formats = ExportFormat.allCases.filter(\.usesTemplate).map(\.rawValue)
            throw ExportError(
                "a template is used only for \(formats.joined(separator: " and ")), not \(request.format.rawValue)")
        }
        if case .fortnight(let number) = request.scope, !project.fortnightNumbers.contains(number) {
            throw ExportError(
                "fortnight \(number) does not exist; this programme has fortnights 1 to \(project.latestFortnight)")
        }
        if case .range(let range) = request.scope,
            !project.fortnightNumbers.contains(range.lowerBound) || !project.fortnightNumbers.contains(range.upperBound)
        {
            throw ExportError(
                "fortnights \(range.lowerBound) to \(range.upperBound) are not all in the programme, which has "
                    + "fortnights 1 to \(project.latestFortnight)")
        }
        if request.format.isMatrix, case .attribute(let name) = request.matrix.rows {
            try MatrixLayout.check(attribute: name, in: project, pseudonymisation: request.pseudonymisation)
        }
        let unknown = (request.pseudonymisation?.keptAttributes ?? []).subtracting(project.attributeNames).sorted()
        if !unknown.isEmpty {
            let names = unknown.map { "\"\($0)\"" }.joined(separator: ", ")
            throw ExportError(
                "no participant has the attribute \(names); "
                    + "known attributes: \(project.attributeNames.joined(separator: ", "))")
        }
    }
}
