/// What a project opened read-only refuses before it starts, beyond the edits `History` refuses: writing files.
enum ReadOnlyRefusal {
    /// The status-bar message refusing `command` in read-only mode, or nil when the command writes nothing.
    ///
    /// Exports are refused too, even to a new file: read-only means Glean writes nothing at all, anywhere.
    static func message(for command: Command) -> String? {
        switch command {
        case .export: return "Exports are off in read-only mode (reopen without --read-only to export)"
        case .importLogs: return "Imports are off in read-only mode (reopen without --read-only to import)"
        case .autocode: return "Auto-coding is off in read-only mode (reopen without --read-only to code)"
        default: return nil
        }
    }
}
