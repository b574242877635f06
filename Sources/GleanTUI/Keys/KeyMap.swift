import GleanCore

/// The one table that binds keys to commands; the help screen and the README's key map are generated from it.
public enum KeyMap {
    /// Every binding, screen-specific ones first so they win over global ones for the same key.
    public static let bindings: [KeyBinding] =
        logs + reader + counts + codebook + quotes + agreementKeys + disagreementKeys + importPreview + pickerKeys
        + concernPickerKeys + helpKeys + messagesKeys + promptKeys + confirmKeys
        + editorKeys + teamKeys
        + global

    /// The commands that move through a list; pick lists and scrolled views take these from the global bindings.
    public static let navigation: Set<Command> = [.up, .down, .pageUp, .pageDown, .top, .bottom]

    /// The bindings that apply in `context`: its own, then the global ones it takes on.
    public static func applying(in context: KeyContext) -> [KeyBinding] {
        let globals = bindings.filter { $0.context == .global }
        switch context.globalBindings {
        case .all: return bindings.filter { $0.context == context && context != .global } + globals
        case .navigation:
            return bindings.filter { $0.context == context } + globals.filter { navigation.contains($0.command) }
        case .none: return bindings.filter { $0.context == context }
        }
    }

    /// The command `key` triggers in `context`, if any.
    public static func command(for key: KeyPress, in context: KeyContext) -> Command? {
        let command = applying(in: context).first { $0.keys.contains(key) }?.command
        if command == .tag(0), case .character(let character) = key, let digit = character.wholeNumberValue {
            return .tag(digit)
        }
        return command
    }

    /// The bindings shown for `context`: its own, then the global ones.
    public static func help(for context: KeyContext) -> [KeyBinding] {
        applying(in: context)
    }

    private static func chars(_ text: String) -> [KeyPress] {
        text.map { KeyPress.character($0) }
    }

    private static let global: [KeyBinding] = [
        KeyBinding([.up] + chars("k"), .up, .global, "move up"),
        KeyBinding([.down] + chars("j"), .down, .global, "move down", hint: KeyHint("move", keys: "↑↓", priority: 0)),
        KeyBinding([.pageUp], .pageUp, .global, "page up"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .global, "page down"),
        KeyBinding([.home] + chars("g"), .top, .global, "go to the top"),
        KeyBinding([.end] + chars("G"), .bottom, .global, "go to the bottom"),
        KeyBinding([.enter], .open, .global, "open"),
        KeyBinding(chars("q"), .back, .global, "go back; quit from the top screen", hint: KeyHint("back", priority: 2)),
        KeyBinding(
            chars("?"), .help, .global, "show or hide this help", hint: KeyHint("help", priority: KeyHint.always)),
        KeyBinding([.tab], .nextScreen, .global, "next screen: Logs → Counts → Codebook"),
        KeyBinding([.backTab], .previousScreen, .global, "previous screen"),
        KeyBinding(chars("u"), .undo, .global, "undo the last change"),
        KeyBinding([.control("r")], .redo, .global, "redo"),
        KeyBinding(chars("/"), .search, .global, "search in the current list or log"),
        KeyBinding(chars("n"), .nextMatch, .global, "next match"),
        KeyBinding(chars("N"), .previousMatch, .global, "previous match"),
        KeyBinding(
            chars("e"), .export, .global, "export the current fortnight's summary", hint: KeyHint("export", priority: 3)
        ),
        KeyBinding([.control("c")], .quit, .global, "quit at once (every change is already saved)"),
        KeyBinding(
            chars("M"), .messages, .global, "show the recent messages, newest first",
            hint: KeyHint("messages", priority: 1)),
    ]

    private static let pickerKeys: [KeyBinding] = [
        KeyBinding([.enter], .open, .picker, "pick the highlighted entry", hint: KeyHint("pick", priority: 9)),
        KeyBinding(
            [.escape] + chars("q"), .back, .picker, "close without picking",
            hint: KeyHint("cancel", priority: KeyHint.always)),
    ]

    /// Letters type into the concern picker's filter, so it moves by the arrow and paging keys alone.
    private static let concernPickerKeys: [KeyBinding] = [
        KeyBinding([.up], .up, .concernPicker, "move up"),
        KeyBinding([.down], .down, .concernPicker, "move down", hint: KeyHint("move", keys: "↑↓", priority: 0)),
        KeyBinding([.pageUp], .pageUp, .concernPicker, "page up"),
        KeyBinding([.pageDown], .pageDown, .concernPicker, "page down"),
        KeyBinding([.home], .top, .concernPicker, "go to the top"),
        KeyBinding([.end], .bottom, .concernPicker, "go to the bottom"),
        KeyBinding(
            [.enter], .open, .concernPicker, "toggle the highlighted concern, or create the one typed",
            hint: KeyHint("toggle", priority: 9)),
        KeyBinding(
            [.escape], .back, .concernPicker, "close the picker", hint: KeyHint("close", priority: KeyHint.always)),
    ]

    private static let helpKeys: [KeyBinding] = [
        KeyBinding(
            [.escape] + chars("q?"), .back, .help, "close the help (so does any key not bound here)",
            hint: KeyHint("close", priority: KeyHint.always))
    ]

    private static let messagesKeys: [KeyBinding] = [
        KeyBinding(
            [.escape] + chars("qM"), .back, .messages, "close the messages (so does any key not bound here)",
            hint: KeyHint("close", priority: KeyHint.always))
    ]

    private static let promptKeys: [KeyBinding] = [
        KeyBinding([.enter], .open, .prompt, "confirm the answer", hint: KeyHint("confirm", priority: 9)),
        KeyBinding([.escape], .back, .prompt, "cancel", hint: KeyHint("cancel", priority: KeyHint.always)),
    ]

    private static let confirmKeys: [KeyBinding] = [
        KeyBinding(chars("yY"), .yes, .confirm, "yes, go ahead", hint: KeyHint("yes", priority: KeyHint.always)),
        KeyBinding(
            chars("nNq") + [.escape], .no, .confirm, "no, leave things as they are",
            hint: KeyHint("no", priority: KeyHint.always)),
    ]

    private static let editorKeys: [KeyBinding] = [
        KeyBinding(
            [.control("s")], .save, .editor, "save the note's part (one undoable change)",
            hint: KeyHint("save", priority: KeyHint.always)),
        KeyBinding(
            [.escape], .back, .editor, "close, asking first when there are changes",
            hint: KeyHint("cancel", priority: KeyHint.always)),
        KeyBinding([.enter], .open, .editor, "start a new line", hint: KeyHint("new line", priority: 5)),
    ]

    private static let logs: [KeyBinding] = [
        KeyBinding(
            [.left] + chars("h"), .left, .logs, "previous fortnight",
            hint: KeyHint("fortnight", keys: "←→", priority: 7)),
        KeyBinding([.right] + chars("l"), .right, .logs, "next fortnight"),
        KeyBinding([.enter], .open, .logs, "read the selected log", hint: KeyHint("read", priority: 9)),
        KeyBinding(
            chars("f"), .filter, .logs, "filter: no quotes, still to code, an attribute value",
            hint: KeyHint("filter", priority: 5)),
        KeyBinding(
            chars("d"), .toggleDone, .logs, "mark the log done (fully coded), or not done",
            hint: KeyHint("done", priority: 6)),
        KeyBinding(
            chars("n"), .editNote, .logs, "write the note's parts (next match while searching)",
            hint: KeyHint("note", priority: 4)),
        KeyBinding(chars("A"), .autocode, .logs, "auto-code: tag every sentence matching a pattern"),
        KeyBinding(chars("i"), .importLogs, .logs, "import logs (CSV file or folder), with a preview"),
        KeyBinding(chars("v"), .cycleCodingView, .logs, KeyMap.codingViewAction),
        KeyBinding(chars("D"), .disagreements, .logs, KeyMap.disagreementsAction),
    ]

    private static let reader: [KeyBinding] = [
        KeyBinding([.down] + chars("j"), .down, .reader, "next sentence"),
        KeyBinding([.up] + chars("k"), .up, .reader, "previous sentence"),
        KeyBinding(
            [.shiftDown] + chars("J"), .extendSentence, .reader, "extend the selection by a sentence",
            hint: KeyHint("extend", keys: "J/K", priority: 8)),
        KeyBinding([.shiftUp] + chars("K"), .shrinkSentence, .reader, "shrink the selection by a sentence"),
        KeyBinding([.shiftRight] + chars(">"), .extendWord, .reader, "extend the selection by a word"),
        KeyBinding([.shiftLeft] + chars("<"), .shrinkWord, .reader, "shrink the selection by a word"),
        KeyBinding(chars("w"), .startForward, .reader, "start the selection a word later"),
        KeyBinding(chars("b"), .startBack, .reader, "start the selection a word earlier"),
        KeyBinding([.escape], .resetSelection, .reader, "select just the current sentence"),
        KeyBinding(
            chars("123456789"), .tag(0), .reader, "toggle concern 1–9 on the selection",
            hint: KeyHint("tag", keys: "1-9", priority: 9)),
        KeyBinding(
            chars("t"), .pickConcern, .reader, "pick concerns: ticks, type to filter, Enter toggles or creates",
            hint: KeyHint("pick", priority: 6)),
        KeyBinding(
            chars("*"), .feature, .reader, "feature the quote in the summary, or stop featuring it",
            hint: KeyHint("feature", priority: 7)),
        KeyBinding(chars("m"), .memo, .reader, "write a memo on the quote", hint: KeyHint("memo", priority: 5)),
        KeyBinding(chars("x"), .deleteQuote, .reader, "remove the quote and all its tags"),
        KeyBinding(
            chars("d"), .toggleDone, .reader, "mark the log done (fully coded), or not done",
            hint: KeyHint("done", priority: 4)),
        KeyBinding(chars("}"), .nextQuote, .reader, "select the next quote"),
        KeyBinding(chars("{"), .previousQuote, .reader, "select the previous quote"),
        KeyBinding(chars("]"), .nextLog, .reader, "next log", hint: KeyHint("log", keys: "]/[", priority: 3)),
        KeyBinding(chars("["), .previousLog, .reader, "previous log"),
        KeyBinding(chars("v"), .cycleCodingView, .reader, KeyMap.codingViewAction),
    ]

    private static let counts: [KeyBinding] = [
        KeyBinding([.left] + chars("h"), .left, .counts, "previous column"),
        KeyBinding([.right] + chars("l"), .right, .counts, "next column"),
        KeyBinding([.enter], .open, .counts, "list the quotes behind the cell", hint: KeyHint("quotes", priority: 9)),
        KeyBinding(
            chars("b"), .breakdown, .counts, "break down by the next participant attribute",
            hint: KeyHint("breakdown", priority: 6)),
        KeyBinding(chars("["), .previousLog, .counts, "previous fortnight (in a breakdown)"),
        KeyBinding(chars("]"), .nextLog, .counts, "next fortnight (in a breakdown)"),
        KeyBinding(chars("+"), .widenWindow, .counts, "widen the rolling window"),
        KeyBinding(chars("-"), .narrowWindow, .counts, "narrow the rolling window"),
        KeyBinding(chars("a"), .chooseAttribution, .counts, "choose the attributes that attribute featured quotes"),
        KeyBinding(
            chars("p"), .editParagraph, .counts, "write the summary's paragraph on the concern for the fortnight",
            hint: KeyHint("paragraph", priority: 8)),
        KeyBinding(
            chars("K"), .keyConcernRule, .counts, "choose the key concerns: the top N, or raised by at least P%",
            hint: KeyHint("key concerns", priority: 7)),
        KeyBinding(
            chars("="), .agreement, .counts, "agreement between facilitators in the fortnight",
            hint: KeyHint("agreement", priority: 5)),
        KeyBinding(chars("D"), .disagreements, .counts, KeyMap.disagreementsAction),
    ]

    private static let disagreementsAction = "disagreements between facilitators, to decide"

    private static let disagreementKeys: [KeyBinding] = [
        KeyBinding(
            [.enter], .open, .disagreements, "compare the facilitators' coding side by side in the log",
            hint: KeyHint("compare", priority: 9)),
        KeyBinding(
            chars("123456789"), .tag(0), .disagreements, "accept facilitator 1–9's coding (the column's number)",
            hint: KeyHint("accept", keys: "1-9", priority: 8)),
        KeyBinding(
            chars("b"), .acceptAll, .disagreements, "accept both (every) facilitator's coding",
            hint: KeyHint("both", priority: 7)),
        KeyBinding(
            chars("0"), .acceptNone, .disagreements, "accept neither coding: the concern is dropped from the log",
            hint: KeyHint("neither", priority: 7)),
        KeyBinding(
            chars("o"), .reopenDisagreement, .disagreements, "withdraw the decision: the disagreement is open again"),
        KeyBinding(
            [.right] + chars("l"), .right, .disagreements,
            "next facilitator's column, when the columns do not fit side by side"),
        KeyBinding([.left] + chars("h"), .left, .disagreements, "previous facilitator's column"),
    ]

    private static let agreementKeys: [KeyBinding] = [
        KeyBinding(
            chars("["), .previousLog, .agreement, "previous fortnight",
            hint: KeyHint("fortnight", keys: "[/]", priority: 8)),
        KeyBinding(chars("]"), .nextLog, .agreement, "next fortnight"),
        KeyBinding(
            chars("c"), .switchUnit, .agreement,
            "units: logs raising the concern, or characters (adds the unitized alpha)",
            hint: KeyHint("characters", priority: 7)),
    ]

    private static let codebook: [KeyBinding] = [
        KeyBinding(chars("a"), .addConcern, .codebook, "add a concern", hint: KeyHint("add", priority: 9)),
        KeyBinding(chars("r"), .renameConcern, .codebook, "rename the concern", hint: KeyHint("rename", priority: 8)),
        KeyBinding(
            chars("c"), .recolourConcern, .codebook, "give the concern the next colour",
            hint: KeyHint("colour", priority: 5)),
        KeyBinding(
            chars("d"), .describeConcern, .codebook, "describe the concern", hint: KeyHint("describe", priority: 6)),
        KeyBinding(chars("t"), .rethemeConcern, .codebook, "move the concern to a theme picked from a list"),
        KeyBinding([.shiftUp] + chars("K"), .moveConcernUp, .codebook, "move the concern up within its theme"),
        KeyBinding([.shiftDown] + chars("J"), .moveConcernDown, .codebook, "move the concern down within its theme"),
        KeyBinding(chars("m"), .mergeConcern, .codebook, "merge the concern into another: its quotes move there"),
        KeyBinding(chars("x"), .deleteConcern, .codebook, "delete the concern (refused while quotes use it)"),
        KeyBinding(chars("T"), .renameTheme, .codebook, "rename the concern's theme"),
        KeyBinding(
            chars("123456789"), .tag(0), .codebook, "bind number key 1–9 to the concern",
            hint: KeyHint("key", keys: "1-9", priority: 7)),
        KeyBinding(chars("0"), .clearKey, .codebook, "unbind the concern's number key"),
    ]

    private static let importPreview: [KeyBinding] = [
        KeyBinding([.enter], .open, .importPreview, "import the good rows", hint: KeyHint("import", priority: 9)),
        KeyBinding([.up] + chars("k"), .up, .importPreview, "previous column"),
        KeyBinding(
            [.down] + chars("j"), .down, .importPreview, "next column", hint: KeyHint("column", keys: "↑↓", priority: 7)
        ),
        KeyBinding(
            [.right] + chars("l"), .right, .importPreview, "next use of the column",
            hint: KeyHint("use", keys: "←→", priority: 8)),
        KeyBinding([.left] + chars("h"), .left, .importPreview, "previous use of the column"),
        KeyBinding(chars("p"), .useColumn(.participant), .importPreview, "column: participant code"),
        KeyBinding(chars("d"), .useColumn(.date), .importPreview, "column: date"),
        KeyBinding(chars("s"), .useColumn(.section), .importPreview, "column: a log section"),
        KeyBinding(chars("a"), .useColumn(.attribute), .importPreview, "column: an attribute"),
        KeyBinding(chars("r"), .useColumn(.role), .importPreview, "column: writers' role"),
        KeyBinding(chars("c"), .useColumn(.setting), .importPreview, "column: care setting"),
        KeyBinding(chars("x"), .useColumn(.ignore), .importPreview, "column: ignored"),
        KeyBinding(
            chars("f"), .chooseDateFormat, .importPreview, "date format (detected)", hint: KeyHint("dates", priority: 6)
        ),
    ]

    private static let syncAction = "sync with the team: share mine, bring in theirs"

    /// `S` syncs from the screens where coding happens; capital, as it reaches the network, like `A` reaches a whole
    /// fortnight.
    private static let teamKeys: [KeyBinding] = [KeyContext.logs, .reader, .counts].map {
        KeyBinding(chars("S"), .sync, $0, syncAction)
    }

    private static let codingViewAction = "view: everyone's quotes, only mine, or blind"

    private static let quotes: [KeyBinding] = [
        KeyBinding(
            [.enter], .open, .quotes, "open the quote in the reader", hint: KeyHint("open in reader", priority: 9))
    ]
}
