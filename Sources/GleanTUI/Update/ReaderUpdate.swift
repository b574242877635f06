import GleanCore

/// The Reader's commands: move the sentence cursor, shape the selection, step through logs and quotes, tag.
enum ReaderUpdate {
    /// Opens log `id` in the Reader, `]`/`[` stepping through `sequence`, with `selection` or the first sentence.
    static func open(
        _ id: String, sequence: [String], fortnight: Int, selection: TextSelection? = nil, _ state: inout AppState
    ) {
        guard let position = sequence.firstIndex(of: id), let log = state.project.fortnight(fortnight).log(id: id)
        else { return }
        let text = ReaderText(log: log, screenWidth: state.size.width)
        state.reader = ReaderState(
            fortnight: fortnight, sequence: sequence, position: position,
            selection: selection ?? firstSentence(text.navigator), text: text)
        fit(&state)
        Update.push(.reader, &state)
    }

    /// Selects `selection` in the open log.
    static func select(_ selection: TextSelection, _ state: inout AppState) {
        state.reader?.selection = selection
        fit(&state)
    }

    /// Keeps the open log's `ReaderText` describing it at the screen's width, laid out down to the selection and a
    /// screenful beyond: call after the selection, the log or the screen size changes.
    static func fit(_ state: inout AppState) {
        guard var reader = state.reader, let log = state.project.fortnight(reader.fortnight).log(id: reader.logID)
        else { return }
        if !reader.text.describes(log) {
            reader.text = ReaderText(log: log, screenWidth: state.size.width)
        }
        reader.text.fit(screenWidth: state.size.width)
        reader.text.layOut(through: reader.selection, screenHeight: state.size.height)
        state.reader = reader
    }

    static func perform(_ command: Command, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        fit(&state)
        guard var reader = state.reader, let log = state.project.fortnight(reader.fortnight).log(id: reader.logID)
        else { return [] }
        if wordCommands.contains(command) { reader.text.measureWords() }
        let navigator = reader.text.navigator
        var selection = reader.selection
        switch command {
        case .down: selection = navigator.sentence(after: selection) ?? selection
        case .up: selection = navigator.sentence(before: selection) ?? selection
        case .pageDown: selection = navigator.step(selection, by: 5, forward: true)
        case .pageUp: selection = navigator.step(selection, by: 5, forward: false)
        case .top: selection = firstSentence(navigator)
        case .bottom: selection = navigator.lastSentence ?? selection
        case .extendSentence: selection = navigator.extendBySentence(selection)
        case .shrinkSentence: selection = navigator.shrinkBySentence(selection)
        case .extendWord: selection = navigator.extendByWord(selection)
        case .shrinkWord: selection = navigator.shrinkByWord(selection)
        case .startForward: selection = navigator.startLater(selection)
        case .startBack: selection = navigator.startEarlier(selection)
        case .resetSelection:
            selection = navigator.sentence(containing: selection) ?? selection
            state.search = nil
        case .nextQuote, .previousQuote:
            let quotes = state.shownFortnight(reader.fortnight).quotes(inLog: log.id)
            selection = quoteSelection(quotes, from: selection, forward: command == .nextQuote) ?? selection
        case .nextLog, .previousLog:
            let position = reader.position + (command == .nextLog ? 1 : -1)
            guard reader.sequence.indices.contains(position),
                let next = state.project.fortnight(reader.fortnight).log(id: reader.sequence[position])
            else {
                state.message = command == .nextLog ? "This is the last log" : "This is the first log"
                return []
            }
            reader.position = position
            reader.text = ReaderText(log: next, screenWidth: state.size.width)
            selection = firstSentence(reader.text.navigator)
        case .tag(let key):
            return Tagging.toggle(key: key, &state, environment)
        case .pickConcern:
            state.modal = .concernPicker(ConcernPicker())
            return []
        case .feature: return Tagging.toggleFeatured(&state)
        case .memo: Tagging.promptMemo(&state)
        case .deleteQuote: return Tagging.deleteQuote(&state)
        case .toggleDone: return DoneMarking.toggle(log: log.id, fortnight: reader.fortnight, &state)
        default: break
        }
        if selection == reader.selection, log.sections.indices.contains(selection.section),
            let message = sectionEdgeMessage(command, prompt: log.sections[selection.section].prompt)
        {
            state.message = message
        }
        reader.selection = selection
        state.reader = reader
        fit(&state)
        return []
    }

    /// What to say when `command` could not reshape the selection because it reached the edge of its section.
    private static func sectionEdgeMessage(_ command: Command, prompt: String) -> String? {
        switch command {
        case .extendSentence, .extendWord: return "“\(prompt)” ends here: a quote stays in one section"
        case .startBack: return "“\(prompt)” starts here: a quote stays in one section"
        default: return nil
        }
    }

    /// The commands that move by words, which are measured the first time one is used.
    private static let wordCommands: Set<Command> = [.extendWord, .shrinkWord, .startForward, .startBack]

    /// The first sentence of the first section that has one.
    private static func firstSentence(_ navigator: SelectionNavigator) -> TextSelection {
        navigator.firstSentence ?? TextSelection(section: 0, range: 0..<0)
    }

    private static func quoteSelection(_ quotes: [Quote], from selection: TextSelection, forward: Bool)
        -> TextSelection?
    {
        let ordered = quotes.sorted { ($0.section, $0.start, $0.end) < ($1.section, $1.start, $1.end) }
        let here = (selection.section, selection.range.lowerBound, selection.range.upperBound)
        let target =
            forward
            ? ordered.first { ($0.section, $0.start, $0.end) > here }
            : ordered.last { ($0.section, $0.start, $0.end) < here }
        return target.map { TextSelection(section: $0.section, range: $0.range) }
    }
}
