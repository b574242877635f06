import GleanCore

/// The one table that binds keys to commands; the help screen and the README's key map are generated from it.
public enum KeyMap {
    /// Every binding, screen-specific ones first so they win over global ones for the same key.
    public static let bindings: [KeyBinding] = logs + reader + counts + codebook + quotes + importPreview + global

    /// The command `key` triggers in `context`, if any.
    public static func command(for key: KeyPress, in context: KeyContext) -> Command? {
        let command = bindings.first { ($0.context == context || $0.context == .global) && $0.keys.contains(key) }?
            .command
        if command == .tag(0), case .character(let character) = key, let digit = character.wholeNumberValue {
            return .tag(digit)
        }
        return command
    }

    /// The bindings shown for `context`: its own, then the global ones.
    public static func help(for context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.context == context } + bindings.filter { $0.context == .global }
    }

    private static func chars(_ text: String) -> [KeyPress] {
        text.map { KeyPress.character($0) }
    }

    private static let global: [KeyBinding] = [
        KeyBinding([.up] + chars("k"), .up, .global, "move up"),
        KeyBinding([.down] + chars("j"), .down, .global, "move down"),
        KeyBinding([.pageUp], .pageUp, .global, "page up"),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .global, "page down"),
        KeyBinding([.home] + chars("g"), .top, .global, "go to the top"),
        KeyBinding([.end] + chars("G"), .bottom, .global, "go to the bottom"),
        KeyBinding([.enter], .open, .global, "open"),
        KeyBinding(chars("q"), .back, .global, "go back; quit from the top screen"),
        KeyBinding(chars("?"), .help, .global, "show or hide this help"),
        KeyBinding([.tab], .nextScreen, .global, "next screen: Logs → Counts → Codebook"),
        KeyBinding([.backTab], .previousScreen, .global, "previous screen"),
        KeyBinding(chars("u"), .undo, .global, "undo the last change"),
        KeyBinding([.control("r")], .redo, .global, "redo"),
        KeyBinding(chars("/"), .search, .global, "search in the current list or log"),
        KeyBinding(chars("n"), .nextMatch, .global, "next match"),
        KeyBinding(chars("N"), .previousMatch, .global, "previous match"),
        KeyBinding(chars("e"), .export, .global, "export the current fortnight's summary"),
        KeyBinding([.control("c")], .quit, .global, "quit at once (every change is already saved)"),
    ]

    private static let logs: [KeyBinding] = [
        KeyBinding([.left] + chars("h"), .left, .logs, "previous fortnight"),
        KeyBinding([.right] + chars("l"), .right, .logs, "next fortnight"),
        KeyBinding([.enter], .open, .logs, "read the selected log"),
        KeyBinding(chars("f"), .filter, .logs, "filter: no quotes, still to code, an attribute value"),
        KeyBinding(chars("d"), .toggleDone, .logs, "mark the log done (fully coded), or not done"),
        KeyBinding(chars("n"), .editNote, .logs, "write the note's parts (next match while searching)"),
        KeyBinding(chars("A"), .autocode, .logs, "auto-code: tag every sentence matching a pattern"),
        KeyBinding(chars("i"), .importLogs, .logs, "import logs (CSV file or folder), with a preview"),
    ]

    private static let reader: [KeyBinding] = [
        KeyBinding([.down] + chars("j"), .down, .reader, "next sentence"),
        KeyBinding([.up] + chars("k"), .up, .reader, "previous sentence"),
        KeyBinding([.shiftDown] + chars("J"), .extendSentence, .reader, "extend the selection by a sentence"),
        KeyBinding([.shiftUp] + chars("K"), .shrinkSentence, .reader, "shrink the selection by a sentence"),
        KeyBinding([.shiftRight] + chars(">"), .extendWord, .reader, "extend the selection by a word"),
        KeyBinding([.shiftLeft] + chars("<"), .shrinkWord, .reader, "shrink the selection by a word"),
        KeyBinding(chars("w"), .startForward, .reader, "start the selection a word later"),
        KeyBinding(chars("b"), .startBack, .reader, "start the selection a word earlier"),
        KeyBinding([.escape], .resetSelection, .reader, "select just the current sentence"),
        KeyBinding(chars("123456789"), .tag(0), .reader, "toggle concern 1–9 on the selection"),
        KeyBinding(chars("t"), .pickConcern, .reader, "toggle a concern picked from the list"),
        KeyBinding(chars("*"), .feature, .reader, "feature the quote in the summary, or stop featuring it"),
        KeyBinding(chars("m"), .memo, .reader, "write a memo on the quote"),
        KeyBinding(chars("x"), .deleteQuote, .reader, "remove the quote and all its tags"),
        KeyBinding(chars("d"), .toggleDone, .reader, "mark the log done (fully coded), or not done"),
        KeyBinding(chars("}"), .nextQuote, .reader, "select the next quote"),
        KeyBinding(chars("{"), .previousQuote, .reader, "select the previous quote"),
        KeyBinding(chars("]"), .nextLog, .reader, "next log"),
        KeyBinding(chars("["), .previousLog, .reader, "previous log"),
    ]

    private static let counts: [KeyBinding] = [
        KeyBinding([.left] + chars("h"), .left, .counts, "previous column"),
        KeyBinding([.right] + chars("l"), .right, .counts, "next column"),
        KeyBinding([.enter], .open, .counts, "list the quotes behind the cell"),
        KeyBinding(chars("b"), .breakdown, .counts, "break down by the next participant attribute"),
        KeyBinding(chars("["), .previousLog, .counts, "previous fortnight (in a breakdown)"),
        KeyBinding(chars("]"), .nextLog, .counts, "next fortnight (in a breakdown)"),
        KeyBinding(chars("+"), .widenWindow, .counts, "widen the rolling window"),
        KeyBinding(chars("-"), .narrowWindow, .counts, "narrow the rolling window"),
        KeyBinding(chars("a"), .chooseAttribution, .counts, "choose the attributes that attribute featured quotes"),
        KeyBinding(chars("p"), .editParagraph, .counts, "write the summary's paragraph on the concern for the fortnight"),
        KeyBinding(chars("K"), .keyConcernRule, .counts, "choose the key concerns: the top N, or raised by at least P%"),
    ]

    private static let codebook: [KeyBinding] = [
        KeyBinding(chars("a"), .addConcern, .codebook, "add a concern"),
        KeyBinding(chars("r"), .renameConcern, .codebook, "rename the concern"),
        KeyBinding(chars("c"), .recolourConcern, .codebook, "give the concern the next colour"),
        KeyBinding(chars("d"), .describeConcern, .codebook, "describe the concern"),
        KeyBinding(chars("t"), .rethemeConcern, .codebook, "move the concern to a theme"),
        KeyBinding(chars("123456789"), .tag(0), .codebook, "bind number key 1–9 to the concern"),
        KeyBinding(chars("0"), .clearKey, .codebook, "unbind the concern's number key"),
    ]

    private static let importPreview: [KeyBinding] = [
        KeyBinding([.enter], .open, .importPreview, "import the good rows"),
        KeyBinding([.up] + chars("k"), .up, .importPreview, "previous column"),
        KeyBinding([.down] + chars("j"), .down, .importPreview, "next column"),
        KeyBinding([.right] + chars("l"), .right, .importPreview, "next use of the column"),
        KeyBinding([.left] + chars("h"), .left, .importPreview, "previous use of the column"),
        KeyBinding(chars("p"), .useColumn(.participant), .importPreview, "column: participant code"),
        KeyBinding(chars("d"), .useColumn(.date), .importPreview, "column: date"),
        KeyBinding(chars("s"), .useColumn(.section), .importPreview, "column: a log section"),
        KeyBinding(chars("a"), .useColumn(.attribute), .importPreview, "column: an attribute"),
        KeyBinding(chars("r"), .useColumn(.role), .importPreview, "column: writers' role"),
        KeyBinding(chars("c"), .useColumn(.setting), .importPreview, "column: care setting"),
        KeyBinding(chars("x"), .useColumn(.ignore), .importPreview, "column: ignored"),
        KeyBinding(chars("f"), .chooseDateFormat, .importPreview, "date format (detected)"),
    ]

    private static let quotes: [KeyBinding] = [
        KeyBinding([.enter], .open, .quotes, "open the quote in the reader"),
    ]
}
