import GleanCore

/// The import preview: showing what reading an input found, marking its columns as the writers' role or care setting
/// (re-reading the input each time), and importing.
enum ImportPreviewUpdate {
    /// Shows `preview`, read afresh or re-read after a column was marked. A fresh read with columns that read as a
    /// role or care setting has them marked, and is read again so they become attributes.
    static func show(_ preview: ImportPreview, _ state: inout AppState) -> [Effect] {
        if state.screen == .importPreview, state.importPreview?.path == preview.path {
            state.importPreview = preview
            return []
        }
        state.importPreview = preview
        Update.push(.importPreview, &state)
        guard let suggested = preview.suggesting(by: state.project.attribution) else { return [] }
        state.importPreview = suggested
        state.message = "Marked the columns that read as role and care setting; r changes the selected column's use"
        return [.rereadImport(suggested)]
    }

    /// Carries out `command` on the preview: choose a column, change its use, or import.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var preview = state.importPreview else { return [] }
        switch command {
        case .left, .right:
            let step = command == .right ? 1 : -1
            preview.selected = max(0, min(preview.columns.count - 1, preview.selected + step))
            state.importPreview = preview
            return []
        case .markColumn:
            guard !preview.columns.isEmpty else {
                state.message = "Only a CSV file's columns can be marked as role or care setting"
                return []
            }
            preview.cycleSelectedUse()
            state.importPreview = preview
            return [.rereadImport(preview)]
        case .open:
            guard !preview.batch.logs.isEmpty else { return [] }
            let current = state.project.attribution
            do {
                let chosen = try preview.attribution(after: current, in: state.project)
                return [.importLogs(preview.batch, attribution: chosen == current ? nil : chosen)]
            } catch let error as ProjectError {
                state.message = "\(error.problem); r unmarks the column"
                return []
            } catch {
                return []
            }
        default:
            return []
        }
    }
}
