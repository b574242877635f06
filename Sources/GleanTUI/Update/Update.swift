import GleanCore

/// Something that happened: a key, a resize, or the outcome of an effect.
public enum Event: Equatable, Sendable {
    case key(KeyPress)
    case resized(TerminalSize)
    case saved
    case saveFailed(EffectFailure)
    case exported(String)
    case exportFailed(EffectFailure)
    /// An export was cancelled before its file was renamed into place: nothing was written.
    case exportCancelled
    /// An export of `fortnight` in `format` was not written because a file is already at `path`: ask before replacing.
    case exportWouldReplace(path: String, fortnight: Int, format: ExportFormat)
    /// An import's input was read: show what it would do.
    case importRead(ImportPreview)
    /// An import's input could not be read, or the import failed.
    case importFailed(EffectFailure)
    /// Reading an import's input was cancelled before its preview opened.
    case importReadingCancelled
    /// Logs were imported: the project with them, and a summary for the status bar.
    case imported(Project, String)
    /// The auto-coding run `job` (an `AutocodingJob.id`) ended.
    case autocoded(job: String, AutocodingOutcome)
    /// A sync's git part is done (commit, fetch, merge, push): the team files hold everyone's edits now.
    case syncExchanged(TeamSync.Outcome)
    /// A sync is done: the project folded from everyone's edits, the facilitators' names, and what to say.
    case synced(Project, names: [String: String], summary: String)
    /// A sync failed; nothing was lost.
    case syncFailed(String)
    /// The edits waiting to be shared and fetched were counted; nil when they could not be.
    case pendingCounted(PendingEdits?)
    /// Fortnights not read on opening were read; with the problems `ProjectChecker` finds in the whole project once
    /// the last of them is in (nil before).
    case fortnightsRead([Int: Fortnight], problems: [String]?)
    /// Fortnights not read on opening could not be read.
    case fortnightsReadFailed(EffectFailure)
}

/// Work the runtime must do for the reducer: the reducer itself never touches disk or terminal.
public enum Effect: Equatable, Sendable {
    /// Make the edit durable, then send `.saved` or `.saveFailed`.
    case record(Edit)
    /// Write fortnight's summary in `format` in the background, over a file already there only when `replacing`, then
    /// send `.exported`, `.exportWouldReplace`, `.exportFailed` or `.exportCancelled`.
    case export(fortnight: Int, format: ExportFormat, replacing: Bool = false)
    /// Stop the export going on, if it has not renamed its file into place yet.
    case cancelExport
    /// Stop reading an import's input for its first preview, if it is still going.
    case cancelImportReading
    /// Read the CSV file or folder at `path` with the default mapping, then send `.importRead` or `.importFailed`.
    case readImport(path: String)
    /// Read the preview's input again with its mapping (its marked columns), then send `.importRead` with the new
    /// batch, or `.importFailed`.
    case rereadImport(ImportPreview)
    /// Import the good rows of `batch`, setting the attribution when one is given, then send `.imported` or
    /// `.importFailed`.
    case importLogs(ImportBatch, attribution: Attribution? = nil)
    /// Search for the job in the background, then send `.autocoded`.
    case autocode(AutocodingJob)
    /// Stop the auto-coding run going on, if any.
    case cancelAutocode
    /// Commit, fetch, merge and push the team's files in the background, then send `.syncExchanged` or `.syncFailed`.
    case sync
    /// Fold everyone's edits again after `outcome`, then send `.synced` or `.syncFailed`.
    case refold(TeamSync.Outcome)
    /// Count the edits waiting to be shared and fetched in the background, then send `.pendingCounted`.
    case countPending
    /// Read fortnights not read on opening in the background, then send `.fortnightsRead` or `.fortnightsReadFailed`.
    case readFortnights([Int])
    /// Leave the interface.
    case quit
}

/// What the reducer needs from outside to stay pure: the time, fresh ids and the coder's name.
public struct UpdateEnvironment: Sendable {
    /// The current time as ISO 8601 UTC.
    public var now: @Sendable () -> String
    /// A new unique id.
    public var newID: @Sendable () -> String
    /// Who is coding, stored on new quotes.
    public var coder: String

    /// Creates an environment.
    public init(now: @escaping @Sendable () -> String, newID: @escaping @Sendable () -> String, coder: String) {
        self.now = now
        self.newID = newID
        self.coder = coder
    }
}

/// The one update function: applies an event to the state and returns the effects to perform.
public enum Update {
    /// Applies `event` to `state`.
    public static func reduce(_ state: inout AppState, _ event: Event, _ environment: UpdateEnvironment) -> [Effect] {
        let effects = apply(event, &state, environment)
        state.messages.stamp(environment.now())
        return effects
    }

    private static func apply(_ event: Event, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        switch event {
        case .resized(let size):
            state.size = size
            ReaderUpdate.fit(&state)
            return []
        case .saved:
            state.saveState = .saved
            return TeamUpdate.edited(&state)
        case .saveFailed(let failure):
            state.saveState = .failed(failure.description)
            return []
        case .exported, .exportFailed, .exportCancelled, .exportWouldReplace:
            return ExportUpdate.finish(event, &state)
        case .importRead(let preview):
            guard ImportReadingUpdate.awaited(preview, &state) else { return [] }
            return ImportPreviewUpdate.show(preview, &state)
        case .importFailed(let failure):
            ImportReadingUpdate.failed(failure.description, &state)
            return []
        case .importReadingCancelled:
            state.importReading = nil
            return []
        case .imported(let project, let summary):
            state.project = project
            state.message = summary
            // A first import into an empty fortnight shows the latest fortnight that now has logs.
            if project.fortnight(state.logs.fortnight).logs.isEmpty,
                let filled = project.fortnightNumbers.last(where: { !project.fortnight($0).logs.isEmpty })
            {
                LogsUpdate.selectFortnight(filled, &state)
            }
            if state.screen == .importPreview { _ = goBack(&state) }
            state.importPreview = nil
            return []
        case .autocoded(let job, let outcome):
            return Autocoding.finish(job, outcome, &state)
        case .syncExchanged(let outcome):
            return [.refold(outcome)]
        case .synced(let project, let names, let summary):
            return TeamUpdate.synced(project, names: names, summary: summary, &state)
        case .syncFailed(let reason):
            return TeamUpdate.failed(reason, &state)
        case .pendingCounted(let pending):
            return TeamUpdate.counted(pending, &state)
        case .fortnightsRead(let read, let problems):
            return FortnightReading.arrived(read, problems: problems, &state, environment)
        case .fortnightsReadFailed(let failure):
            return FortnightReading.failed(failure.description, &state)
        case .key(let key) where state.autocoding != nil:
            return Autocoding.handle(key, &state)
        case .key(let key):
            state.message = nil
            if FortnightReading.dropWaiting(for: key, &state) { return [] }
            if state.modal != nil {
                return ModalUpdate.handle(key, &state, environment)
            }
            if key == .escape, state.exporting != nil {
                return ExportUpdate.cancel(&state)
            }
            if key == .escape, state.importReading?.cancelled == false {
                return ImportReadingUpdate.cancel(&state)
            }
            if key == .escape, state.search != nil, state.screen != .reader {
                state.search = nil
                return []
            }
            guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
            return dispatch(command, &state, environment)
        }
    }

    /// Carries out `command` unless the project is read-only and it would edit, or it must wait for fortnights still
    /// being read.
    static func dispatch(_ command: Command, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        if state.readOnly, let refusal = ReadOnlyRefusal.message(for: command) {
            state.message = refusal
            return []
        }
        if FortnightReading.putOff(command, &state) { return [] }
        return perform(command, &state, environment)
    }

    /// Carries out `command` on the screen on top.
    static func perform(_ command: Command, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        switch command {
        case .help:
            state.modal = .help(scroll: 0)
            return []
        case .messages:
            state.modal = .messages(scroll: 0)
            return []
        case .quit:
            state.quitting = true
            return [.quit]
        case .back:
            return goBack(&state)
        case .nextScreen, .previousScreen:
            let order = ScreenID.tabs
            let top = state.stack.first ?? state.screen
            let index = order.firstIndex(of: top) ?? 0
            let step = command == .nextScreen ? 1 : order.count - 1
            state.stack = []
            state.screen = order[(index + step) % order.count]
            return []
        case .undo:
            return History.undo(&state)
        case .redo:
            return History.redo(&state)
        case .search:
            state.modal = .prompt(Prompt(title: "Search", editor: LineEditor(state.search ?? ""), purpose: .search))
            return []
        case .nextMatch, .previousMatch:
            Search.step(&state, forward: command == .nextMatch)
            return []
        case .cycleCodingView:
            return CodingViewUpdate.cycle(&state)
        case .sync:
            return TeamUpdate.sync(&state)
        case .export:
            state.modal = .picker(
                Picker(
                    title: "Export fortnight \(state.currentFortnight)",
                    options: ExportFormat.fortnightFormats.map(\.menuLabel),
                    selected: 0, purpose: .export(fortnight: state.currentFortnight)))
            return []
        default:
            return state.screen.entry.perform(command, &state, environment)
        }
    }

    private static func goBack(_ state: inout AppState) -> [Effect] {
        if let previous = state.stack.popLast() {
            state.screen = previous
            return []
        }
        if state.screen != .logs {
            state.screen = .logs
            return []
        }
        state.quitting = true
        return [.quit]
    }

    /// Puts `screen` on top, remembering the current one for `q`.
    static func push(_ screen: ScreenID, _ state: inout AppState) {
        state.stack.append(state.screen)
        state.screen = screen
    }
}
