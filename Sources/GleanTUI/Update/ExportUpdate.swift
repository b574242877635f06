import GleanCore

/// The `e` key's export, written in the background (`Effect.export`, reported back as an event): the status bar says
/// what is being written, keys go on working meanwhile, and Esc cancels it before its staged file is renamed into
/// place, so a cancelled export writes nothing.
enum ExportUpdate {
    /// What the status bar says when an export is cancelled.
    static let cancelledMessage = "Export cancelled; nothing was written"

    /// Starts writing `fortnight` in `format`, over a file already there only when `replacing`; refused while another
    /// export is being written.
    static func start(fortnight: Int, format: ExportFormat, replacing: Bool = false, _ state: inout AppState)
        -> [Effect]
    {
        if let running = state.exporting {
            state.message = "Still exporting \(running.fileName); Esc cancels it"
            return []
        }
        let job = ExportJob(fortnight: fortnight, format: format)
        state.exporting = job
        state.message = "Exporting \(job.fileName)… Esc cancels"
        return [.export(fortnight: fortnight, format: format, replacing: replacing)]
    }

    /// Esc while an export is being written: cancels it.
    static func cancel(_ state: inout AppState) -> [Effect] {
        state.exporting = nil
        state.message = cancelledMessage
        return [.cancelExport]
    }

    /// The outcome of the export: what was written, why nothing was, or the question whether to replace a file (a
    /// message instead when another question or editor is open). An export that finished before Esc could stop it
    /// says so, as it was written.
    static func finish(_ event: Event, _ state: inout AppState) -> [Effect] {
        state.exporting = nil
        switch event {
        case .exported(let path):
            state.message =
                AttributionUpdate.exportWarning(state).map { "Exported, but \($0) (\(path))" }
                ?? "Exported the summary to \(path)"
        case .exportFailed(let failure):
            state.message = "Export failed: \(failure)"
        case .exportCancelled:
            state.message = cancelledMessage
        case .exportWouldReplace(let path, let fortnight, let format) where state.modal == nil:
            state.modal = .confirm(
                Confirmation(
                    question: "\(ExportPath.short(path)) exists. Replace it? y/n",
                    purpose: .replaceExport(fortnight: fortnight, format: format)))
        case .exportWouldReplace(let path, _, _):
            state.message = "\(ExportPath.short(path)) exists; nothing was exported (e again to replace it)"
        default:
            break
        }
        return []
    }
}
