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
        public var template: URL?
        /// Whether, and how, participants are pseudonymised; nil to export codes and every attribute.
        public var pseudonymisation: Pseudonymisation?
        /// The rows and cells of a rapid-analysis matrix; ignored by the other formats.
        public var matrix: MatrixLayout

        /// Creates a request.
        public init(
            format: ExportFormat, scope: ExportScope, template: URL? = nil, pseudonymisation: Pseudonymisation? = nil,
            matrix: MatrixLayout = MatrixLayout()
        ) {
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
            let renderer = try request.template.map { try SummaryRenderer(templateFile: $0) }
                ?? SummaryRenderer(request.format == .html ? .html : .markdown)
            return Data(try renderer.render(FortnightSummary(project: source, fortnight: numbers[0])).utf8)
        case .csv:
            return try CSVExport.data(source, fortnights: numbers)
        case .json:
            let documents = numbers.map { SummaryDocument(project: source, fortnight: $0) }
            return request.scope.isSingleFortnight
                ? try JSONFormat.snapshot(documents[0]) : try JSONFormat.snapshot(documents)
        case .matrixCSV:
            return try MatrixCSV.data(
                Matrix(project: source, fortnights: numbers, rows: request.matrix.rows), cells: request.matrix.cells)
        case .matrixHTML:
            return try MatrixHTML.data(
                Matrix(project: source, fortnights: numbers, rows: request.matrix.rows), of: source,
                cells: request.matrix.cells)
        }
    }

    /// Writes the export of `fortnight` in `format` (Markdown unless told otherwise) into the `exports` folder of the
    /// project at `layout`, atomically, and returns where. Neither the folder nor the file may be a link or anything
    /// but a folder and a regular file (see `ExportFile`).
    @discardableResult
    public static func write(
        _ project: Project, fortnight: Int, format: ExportFormat = .markdown, into layout: ProjectLayout
    ) throws -> URL {
        let data = try render(project, Request(format: format, scope: .fortnight(fortnight)))
        let name = fileName(fortnight: fortnight, format: format)
        guard let folder = try layout.openFolder(layout.relativePath(layout.exportsFolder), create: true) else {
            throw ProjectError(file: layout.display(layout.exportsFolder), problem: "cannot create the folder")
        }
        try ExportFile.write(data, named: name, in: folder)
        return layout.exportsFolder.appendingPathComponent(name)
    }

    private static func check(_ request: Request, against project: Project) throws {
        if !request.scope.isSingleFortnight, !request.format.coversSeveralFortnights {
            let formats = ExportFormat.allCases.filter(\.coversSeveralFortnights).map(\.rawValue)
            throw ExportError(
                "a \(request.format.rawValue) summary covers one fortnight; several fortnights can be exported as "
                    + formats.dropLast().joined(separator: ", ") + " or " + (formats.last ?? ""))
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
