import Foundation

/// Reads an input file whole only when it is small enough: at most `limit` bytes are ever read, so a huge file is
/// refused without being loaded.
enum BoundedFile {
    /// The bytes of the file at `url`, named `file` in messages; throws a `ProjectError` when it cannot be read or
    /// holds more than `limit` bytes, `what` saying what the limit is for ("one log may hold").
    static func read(_ url: URL, file: String, limit: Int, what: String) throws -> Data {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw ProjectError(file: file, problem: "cannot read the file: \(error.localizedDescription)")
        }
        guard data.count <= limit else {
            throw ProjectError(
                file: file, problem: "the file is over the \(InputLimits.describe(bytes: limit)) \(what) (refused)")
        }
        return data
    }
}
