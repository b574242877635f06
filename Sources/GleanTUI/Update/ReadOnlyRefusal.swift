/// What a project opened read-only refuses before it starts: writing files, and every edit key, so none asks for a
/// name, a text or a choice only to be refused at the end. (`History` refuses any edit that gets past this too.)
enum ReadOnlyRefusal {
    /// The message for an edit refused in read-only mode.
    static let editing = "Read-only: nothing can be changed (reopen without --read-only to edit)"

    /// The status-bar message refusing `command` in read-only mode, or nil when the command writes nothing.
    ///
    /// Exports are refused too, even to a new file: read-only means Glean writes nothing at all, anywhere.
    static func message(for command: Command) -> String? {
        switch command {
        case .export: return "Exports are off in read-only mode (reopen without --read-only to export)"
        case .importLogs: return "Imports are off in read-only mode (reopen without --read-only to import)"
        case .autocode: return "Auto-coding is off in read-only mode (reopen without --read-only to code)"
        case .sync: return "Sync is off in read-only mode (reopen without --read-only to sync)"
        case .tag, .pickConcern, .feature, .memo, .deleteQuote, .toggleDone, .editNote, .editParagraph, .keyConcernRule,
            .addConcern, .renameConcern, .recolourConcern, .describeConcern, .rethemeConcern, .clearKey,
            .deleteConcern, .mergeConcern, .moveConcernUp, .moveConcernDown, .renameTheme:
            return editing
        default: return nil
        }
    }
}
