import GleanCore

/// `A` on the Logs screen: tag every sentence of the fortnight matching a pattern, as one undoable edit.
///
/// The concern comes first, from a picker of names, then the pattern. The search runs in the background
/// (`Effect.autocode`, reported back as `Event.autocoded`); meanwhile Esc or `q` cancels it and Ctrl-C cancels it
/// and quits. Only the outcome of the run still awaited is used: it opens a preview (`ConfirmationPurpose.autocode`)
/// with the count, the first matching sentences and the concern, and only `y` there tags.
enum Autocoding {
    /// What the status bar says when a run or its preview is cancelled.
    static let cancelledMessage = "Auto-coding cancelled; nothing was tagged"

    /// Opens the picker of the concern to tag with, or says how to add one when the codebook has none.
    static func chooseConcern(_ state: inout AppState) {
        let concerns = state.project.codebook.concerns
        guard !concerns.isEmpty else {
            state.message = "Auto-coding needs a concern: add one on the Codebook screen (Tab) first"
            return
        }
        state.modal = .picker(
            Picker(
                title: "Auto-code: tag with which concern?", options: concerns.map(\.name), selected: 0,
                purpose: .autocodeConcern(concerns.map(\.id))))
    }

    /// Asks for the pattern to tag with concern `concern`.
    static func askPattern(concern: String, _ state: inout AppState) {
        let name = state.project.codebook.concern(id: concern)?.name ?? concern
        state.modal = .prompt(
            Prompt(
                title: "Tag with \(name) sentences matching", editor: LineEditor(),
                purpose: .autocodePattern(concern: concern)))
    }

    /// Starts searching the fortnight on screen for `pattern`, to tag with `concern`.
    static func start(pattern: String, concern: String, _ state: inout AppState, _ environment: UpdateEnvironment)
        -> [Effect]
    {
        let job = AutocodingJob(
            id: environment.newID(), pattern: pattern, concern: concern, fortnight: state.logs.fortnight)
        state.autocoding = job
        state.message = "Auto-coding “\(pattern)”… Esc to cancel"
        return [.autocode(job)]
    }

    /// A key while a run is going: cancel on Esc or `q` (go back), cancel and quit on Ctrl-C (quit), else nothing.
    static func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
        let command = KeyMap.command(for: key, in: state.keyContext)
        guard key == .escape || command == .back || command == .quit else { return [] }
        state.autocoding = nil
        state.message = cancelledMessage
        guard command == .quit else { return [.cancelAutocode] }
        state.quitting = true
        return [.cancelAutocode, .quit]
    }

    /// Uses the outcome of run `id`, if it is the run still awaited: a plan opens the preview.
    static func finish(_ id: String, _ outcome: AutocodingOutcome, _ state: inout AppState) -> [Effect] {
        guard let job = state.autocoding, job.id == id else { return [] }
        state.autocoding = nil
        switch outcome {
        case .found(let plan):
            state.message = nil
            state.modal = .confirm(Confirmation(question: question(plan), purpose: .autocode(plan)))
        case .nothingToTag:
            state.message = "No untagged sentence in fortnight \(job.fortnight) matches “\(job.pattern)”"
        case .refused(let failure):
            state.message = failure.description
        case .cancelled:
            state.message = cancelledMessage
        }
        return []
    }

    /// `y` in the preview: tags, as one edit.
    static func apply(_ plan: AutocodePlan, _ state: inout AppState) -> [Effect] {
        let effects = History.commit(plan.edit, &state)
        guard !effects.isEmpty else { return effects }
        state.message = "Tagged \(sentences(plan.sentences)) with \(plan.concernName) (u undoes)"
        return effects
    }

    /// "Tag 7 sentences in 3 logs with Staff wellbeing?"
    static func question(_ plan: AutocodePlan) -> String {
        "Tag \(sentences(plan.sentences)) in \(plan.logs) log\(plan.logs == 1 ? "" : "s") with \(plan.concernName)?"
    }

    private static func sentences(_ count: Int) -> String {
        "\(count) sentence\(count == 1 ? "" : "s")"
    }
}
