import Foundation

/// Importing logs into a project from form exports (CSV files) and folders of `.txt`/`.md` files: read every input
/// into an `ImportBatch`, then add its good rows in one step through `ProjectStore.importLogs`, or refuse while any
/// row is bad unless told to skip the bad ones.
///
/// Only the participant, date, text and attribute columns reach the project; everything else, personal data in
/// particular, is dropped while reading.
public enum LogImport {
    /// Reads the input at `url`, a CSV file, a `.txt` or `.md` file, or a folder of those, named `name` in messages (as
    /// the user gave it). `progress` hears the share of a CSV file read so far. Throws a `ProjectError` when the input
    /// as a whole cannot be imported; bad rows are listed in the batch instead.
    public static func read(
        _ url: URL, name: String, mapping: ImportMapping, project: Project, progress: ((Double) -> Void)? = nil
    ) throws -> ImportBatch {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ProjectError(file: name, problem: "there is no such file or folder")
        }
        if isFolder.boolValue {
            return try TextLogReader.read(url, file: name, mapping: mapping, project: project)
        }
        if TextLogReader.extensions.contains(url.pathExtension.lowercased()) {
            return try TextLogReader.read([(url, name)], source: name, mapping: mapping, project: project)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ProjectError(file: name, problem: "cannot read the file: \(error.localizedDescription)")
        }
        return try CSVLogReader.read(data, file: name, mapping: mapping, project: project, progress: progress)
    }

    /// The columns of the CSV file at `url`, named `name` in messages, with a sample value and guessed use each; empty
    /// for a folder or a `.txt`/`.md` file, whose sections are not columns. Throws a `ProjectError` when the input
    /// cannot be read.
    public static func columns(of url: URL, name: String) throws -> [ImportColumn] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ProjectError(file: name, problem: "there is no such file or folder")
        }
        guard !isFolder.boolValue, !TextLogReader.extensions.contains(url.pathExtension.lowercased()) else { return [] }
        do {
            return try ColumnSurvey.columns(try Data(contentsOf: url), file: name)
        } catch let error as ProjectError {
            throw error
        } catch {
            throw ProjectError(file: name, problem: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Adds `batch`'s logs and new participants to `project` through `store`, or with `dryRun` works out what that
    /// would do and writes nothing. While any row is bad nothing is added, unless `skipInvalid`. `setting`, an edit of
    /// the project's settings (the attribution an import chooses), is written with the logs.
    public static func add(
        _ batch: ImportBatch, to project: Project, store: ProjectStore, skipInvalid: Bool, dryRun: Bool,
        setting: Edit? = nil
    ) throws -> ImportReport {
        var report = ImportReport(
            project: project, addition: Project.LogAddition(), newParticipants: 0, rows: batch.rows,
            bad: batch.rejected.count, refused: !batch.rejected.isEmpty && !skipInvalid, dryRun: dryRun)
        guard !report.refused else { return report }
        if dryRun {
            report.project.addParticipants(batch.participants)
            report.addition = report.project.addLogs(batch.logs)
        } else {
            (report.project, report.addition) = try store.importLogs(
                participants: batch.participants, logs: batch.logs, coding: setting, into: project)
        }
        report.newParticipants = report.project.participants.count - project.participants.count
        return report
    }
}
