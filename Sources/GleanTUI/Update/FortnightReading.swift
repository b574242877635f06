import GleanCore

/// Reading, after the first frame, the fortnights a project opened without: a few at a time in the background,
/// nearest the fortnight on screen first, while every key keeps working. Until the last is in, what needs the whole
/// programme (search, imports, auto-coding, agreement, disagreements, merging or deleting a concern, another coding
/// view) waits, saying so, and goes ahead once they are in (a team project is always read whole, so sync never
/// waits); so do exporting, editing the note of, marking done or listing the quotes of a fortnight not read yet,
/// which says so on the Logs screen. Esc or any other key drops what waits. Exporting a fortnight already read needs
/// no other (their counts come from their digests).
enum FortnightReading {
    /// How many fortnights one piece of background work reads.
    static let chunk = 8

    /// The reading to start once the project is open: none when it was read whole.
    static func opened(_ state: AppState) -> [Effect] {
        state.project.isWhole ? [] : [.readFortnights(next(state))]
    }

    /// Takes in fortnights read; reads the next few, or, once the project is whole, reports what the whole-project
    /// check found (the project then stays read-only, as it would have refused to open).
    /// What was waiting for them goes ahead once it need wait no longer, on the screen it was asked on; it is dropped
    /// when a problem was found, or when something else (a preview, a question) has come up meanwhile.
    static func arrived(
        _ read: [Int: Fortnight], problems: [String]?, _ state: inout AppState, _ environment: UpdateEnvironment
    ) -> [Effect] {
        state.project.read(read)
        if let problems, !problems.isEmpty {
            state.readOnly = true
            state.waitingCommand = nil
            state.message =
                "The project has \(problems.count) problem(s), so it is read-only now: quit and run glean check (\(problems[0]))"
        }
        var effects = opened(state)
        guard let waiting = state.waitingCommand else { return effects }
        guard state.modal == nil, state.keyContext == waiting.context else {
            state.waitingCommand = nil
            return effects
        }
        if mustWait(waiting.command, state) {
            state.message = waitingMessage(state)
        } else {
            state.waitingCommand = nil
            state.message = nil
            effects += Update.dispatch(waiting.command, &state, environment)
        }
        return effects
    }

    /// Says why the fortnights could not be read; the project turns read-only, since part of it is missing.
    static func failed(_ reason: String, _ state: inout AppState) -> [Effect] {
        state.readOnly = true
        state.waitingCommand = nil
        state.message = "Could not read the other fortnights, so the project is read-only now: \(reason)"
        return []
    }

    /// Puts `command` off, saying so, when it needs fortnights still being read; false when it can go ahead now.
    static func putOff(_ command: Command, _ state: inout AppState) -> Bool {
        guard mustWait(command, state) else { return false }
        state.waitingCommand = WaitingCommand(command: command, context: state.keyContext)
        state.message = waitingMessage(state)
        return true
    }

    /// What the status bar says while a command waits, with how many fortnights are still to be read.
    private static func waitingMessage(_ state: AppState) -> String {
        "Goes ahead once \(state.project.unread.count) fortnight(s) are read from disk; Esc cancels"
    }

    /// Whether `command` needs fortnights still being read.
    static func mustWait(_ command: Command, _ state: AppState) -> Bool {
        guard !state.project.isWhole else { return false }
        switch command {
        case .search, .nextMatch, .previousMatch, .autocode, .importLogs, .agreement, .disagreements,
            .cycleCodingView, .deleteConcern, .mergeConcern:
            return true
        case .export, .editNote, .editParagraph, .toggleDone,
            .open where state.screen == .counts:
            return isUnread(state.currentFortnight, state)
        default:
            return false
        }
    }

    /// Drops the command waiting for the reading, if any, when a key comes: Esc only cancels it (true: the key is
    /// spent), any other key goes on to do what it does.
    static func dropWaiting(for key: KeyPress, _ state: inout AppState) -> Bool {
        guard state.waitingCommand != nil else { return false }
        state.waitingCommand = nil
        guard key == .escape else { return false }
        state.message = "Cancelled: nothing waits for the reading any more"
        return true
    }

    /// Whether fortnight `number` is still to be read.
    static func isUnread(_ number: Int, _ state: AppState) -> Bool {
        state.project.unread[number] != nil
    }

    /// The next fortnights to read: those nearest the one on screen, the later first on a tie.
    private static func next(_ state: AppState) -> [Int] {
        let current = state.currentFortnight
        let ordered = state.project.unread.keys.sorted { (abs($0 - current), -$0) < (abs($1 - current), -$1) }
        return Array(ordered.prefix(chunk))
    }
}

/// A command put off until the fortnights it needs are read, with the key context it was asked in, so it never runs
/// where another screen or question has come up meanwhile.
public struct WaitingCommand: Equatable, Sendable {
    /// What was asked for.
    public let command: Command
    /// The key context it was asked in.
    public let context: KeyContext
}
