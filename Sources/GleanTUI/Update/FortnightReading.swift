import GleanCore

/// Reading, after the first frame, the fortnights a project opened without: a few at a time in the background,
/// nearest the fortnight on screen first, while every key keeps working. Until the last is in, what needs the whole
/// programme (search, imports, auto-coding, agreement, disagreements, merging or deleting a concern, another coding
/// view) says it is waiting (a team project is always read whole, so sync never waits), as do exporting, editing the note of, marking done or listing the quotes of a
/// fortnight not read yet; such a fortnight says so on the Logs screen. Exporting a fortnight already read needs no
/// other (their counts come from their digests).
enum FortnightReading {
    /// How many fortnights one piece of background work reads.
    static let chunk = 8

    /// The reading to start once the project is open: none when it was read whole.
    static func opened(_ state: AppState) -> [Effect] {
        state.project.isWhole ? [] : [.readFortnights(next(state))]
    }

    /// Takes in fortnights read; reads the next few, or, once the project is whole, reports what the whole-project
    /// check found (the project then stays read-only, as it would have refused to open).
    static func arrived(_ read: [Int: Fortnight], problems: [String]?, _ state: inout AppState) -> [Effect] {
        state.project.read(read)
        if let problems, !problems.isEmpty {
            state.readOnly = true
            state.message = "The project has \(problems.count) problem(s), so it is read-only now: quit and run glean check (\(problems[0]))"
        }
        return opened(state)
    }

    /// Says why the fortnights could not be read; the project turns read-only, since part of it is missing.
    static func failed(_ reason: String, _ state: inout AppState) -> [Effect] {
        state.readOnly = true
        state.message = "Could not read the other fortnights, so the project is read-only now: \(reason)"
        return []
    }

    /// The status-bar message refusing `command` while fortnights are still being read, or nil when it can go ahead.
    static func refusal(of command: Command, _ state: AppState) -> String? {
        guard !state.project.isWhole else { return nil }
        let waiting = "Still reading \(state.project.unread.count) fortnight(s) from disk; try again in a moment"
        switch command {
        case .search, .nextMatch, .previousMatch, .autocode, .importLogs, .agreement, .disagreements,
            .cycleCodingView, .deleteConcern, .mergeConcern:
            return waiting
        case .export, .editNote, .editParagraph, .toggleDone, .open where state.screen == .counts:
            return isUnread(state.currentFortnight, state) ? waiting : nil
        default:
            return nil
        }
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
