import GleanCore

/// Runs `write`, reporting a file that is already there as needing `--force`, and other errors as usual: the one rule
/// for every command that writes a file the user names.
func replacingOnlyWhenForced(_ write: () throws -> Void) throws {
    try reportingErrors {
        do {
            try write()
        } catch let exists as ExportFile.Exists {
            throw ProjectError(file: exists.path, problem: "already exists; pass --force to replace it")
        }
    }
}
