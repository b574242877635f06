import Foundation

/// Reads `.txt` and `.md` files, a folder of them or one alone, one log per file (see `TextLogFile`).
///
/// The participant code and date come from the front matter (the keys `--participant-column` and `--date-column` name,
/// by default `participant` and `date`; the date in `--date-format`), or else from the file name, `CODE_yyyy-MM-dd.md`
/// (e.g. `NW-07_2020-05-17.md`: the code is everything before the last underscore, the date always ISO). Front-matter
/// keys named by `--attribute-column` become attributes; every other key is left out. The folder's own files are read,
/// not its subfolders, in name order; hidden files are skipped. A file over `InputLimits.logTextBytes` is a bad row,
/// refused without being read whole.
enum TextLogReader {
    /// The file extensions read, lower-cased.
    static let extensions: Set<String> = ["txt", "md"]

    /// The logs of the files in `folder`, named `file` in messages. Throws a `ProjectError` when the folder cannot be
    /// listed or holds no such file; a file that cannot be used is a bad row.
    static func read(_ folder: URL, file: String, mapping: ImportMapping, project: Project) throws -> ImportBatch {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { !$0.hasPrefix(".") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .sorted()
        } catch {
            throw ProjectError(file: file, problem: "cannot list the folder: \(error.localizedDescription)")
        }
        guard !names.isEmpty else {
            throw ProjectError(file: file, problem: "the folder has no .txt or .md files")
        }
        let files = names.map {
            (url: folder.appendingPathComponent($0), path: file.hasSuffix("/") ? file + $0 : file + "/" + $0)
        }
        return try read(files, source: file, mapping: mapping, project: project)
    }

    /// The logs of `files`, each named by its `path` in messages; `source` names the input for the front-matter keys
    /// left out. A file that cannot be used is a bad row.
    static func read(
        _ files: [(url: URL, path: String)], source: String, mapping: ImportMapping, project: Project
    ) throws -> ImportBatch {
        var batch = ImportBatch()
        var leftOut: [String: String] = [:]
        for (url, path) in files {
            batch.rows += 1
            do {
                let data = try BoundedFile.read(
                    url, file: path, limit: InputLimits.logTextBytes, what: "one log may hold")
                let log = try TextLogFile(IncomingText.cleaned(InputText.decode(data, file: path)))
                for key in log.frontMatter.keys where leftOut[key] == nil {
                    leftOut[key] = SensitiveColumns.reason(forHeader: key)
                }
                try add(log, named: url.lastPathComponent, mapping: mapping, project: project, to: &batch)
            } catch let problems as RowProblems {
                batch.rejected.append(RejectedRow(file: path, line: 1, problems: problems.list))
            } catch let error as ProjectError {
                batch.rejected.append(
                    RejectedRow(
                        file: path, line: error.line, column: error.column, problems: [.described(error.problem)]))
            } catch {
                throw ProjectError(file: path, problem: "cannot read the file: \(error.localizedDescription)")
            }
        }
        let named = [mapping.participantColumn, mapping.dateColumn].compactMap { $0 } + mapping.attributeColumns
        let used = Set(named.map { $0.lowercased() } + ImportMapping.participantHeaders + ImportMapping.dateHeaders)
        batch.leftOut = leftOut.keys.sorted().filter { !used.contains($0) }.map {
            LeftOutColumn(file: source, header: $0, reason: leftOut[$0]!)
        }
        return batch
    }

    /// Adds `log`'s entry to `batch`, or throws `RowProblems`.
    private static func add(
        _ log: TextLogFile, named name: String, mapping: ImportMapping, project: Project, to batch: inout ImportBatch
    ) throws {
        let participantKey = key(mapping.participantColumn, defaults: ImportMapping.participantHeaders, in: log)
        let dateKey = key(mapping.dateColumn, defaults: ImportMapping.dateHeaders, in: log)
        let stem = (name as NSString).deletingPathExtension
        let underscore = stem.lastIndex(of: "_")
        let fromName = underscore.map { (code: String(stem[..<$0]), date: String(stem[stem.index(after: $0)...])) }
        let participant = participantKey.flatMap { log.frontMatter[$0] } ?? fromName?.code ?? ""
        let participantSource =
            participantKey.map { "the front matter's \"\($0)\"" }
            ?? (fromName == nil ? "the front matter or the file name (CODE_yyyy-MM-dd.md)" : "the file name")
        let checker: RowChecker
        let date: String
        let dateSource: String
        if let dateKey, let value = log.frontMatter[dateKey] {
            checker = RowChecker(programme: project.programme, dateFormat: mapping.dateFormat ?? .iso)
            (date, dateSource) = (value, "the front matter's \"\(dateKey)\"")
        } else {
            checker = RowChecker(programme: project.programme, dateFormat: .iso)
            date = fromName?.date ?? ""
            dateSource = fromName == nil ? "the front matter or the file name (CODE_yyyy-MM-dd.md)" : "the file name"
        }
        let entry = try checker.log(
            participant: participant, participantSource: participantSource, date: date, dateSource: dateSource,
            answers: log.sections
        ).get()
        var attributes: [String: String] = [:]
        for column in mapping.attributeColumns {
            let value = IncomingText.singleLine(log.frontMatter[column.lowercased()] ?? "")
            if !value.isEmpty { attributes[CSVLogReader.attributeName(column, in: project)] = value }
        }
        batch.add(entry, attributes: attributes)
    }

    /// The front-matter key for a role: `named` when given, else the first of `defaults` the file has.
    private static func key(_ named: String?, defaults: [String], in log: TextLogFile) -> String? {
        if let named { return log.frontMatter[named.lowercased()] == nil ? nil : named.lowercased() }
        return defaults.first { log.frontMatter[$0] != nil }
    }
}
