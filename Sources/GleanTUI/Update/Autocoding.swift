import GleanCore

/// `A` on the Logs screen: tag every sentence of the fortnight matching a pattern, as one undoable edit.
///
/// The search runs in the background (`Effect.autocode`, reported back as `Event.autocoded`); meanwhile Esc or `q`
/// cancels it and Ctrl-C cancels it and quits. Only the outcome of the run still awaited is applied, so a cancelled run
/// tags nothing even if it finishes.
enum Autocoding {
    /// Starts searching the fortnight on screen for `pattern`, to tag with `concern`.
    static func start(pattern: String, concern: String, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        let job = AutocodingJob(id: environment.newID(), pattern: pattern, concern: concern, fortnight: state.logs.fortnight)
        state.autocoding = job
        state.message = "Auto-coding “\(pattern)”… Esc to cancel"
        return [.autocode(job)]
    }

    /// A key while a run is going: cancel on Esc or `q` (go back), cancel and quit on Ctrl-C (quit), else nothing.
    static func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
        let command = KeyMap.command(for: key, in: state.keyContext)
        guard key == .escape || command == .back || command == .quit else { return [] }
        state.autocoding = nil
        state.message = "Auto-coding cancelled; nothing was tagged"
        guard command == .quit else { return [.cancelAutocode] }
        state.quitting = true
        return [.cancelAutocode, .quit]
    }

    /// Applies the outcome of run `id`, if it is the run still awaited.
    static func finish(_ id: String, _ outcome: AutocodingOutcome, _ state: inout AppState) -> [Effect] {
        guard let job = state.autocoding, job.id == id else { return [] }
        state.autocoding = nil
        switch outcome {
        case .tagged(let edit):
            return History.commit(edit, &state)
        case .nothingToTag:
            state.message = "No untagged sentence in fortnight \(job.fortnight) matches “\(job.pattern)”"
        case .refused(let reason):
            state.message = reason
        case .cancelled:
            state.message = "Auto-coding cancelled; nothing was tagged"
        }
        return []
    }
}
