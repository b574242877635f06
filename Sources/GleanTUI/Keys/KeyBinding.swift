/// One row of the key table: the keys, what they do, where, and the line the help screen shows.
public struct KeyBinding: Sendable {
    /// The keys that trigger the command.
    public var keys: [KeyPress]
    /// The command they trigger.
    public var command: Command
    /// Where the binding applies.
    public var context: KeyContext
    /// What the help screen and README say it does.
    public var help: String
    /// How the status bar's hint line shows the binding, if it does.
    public var hint: KeyHint?

    /// Creates a binding.
    public init(_ keys: [KeyPress], _ command: Command, _ context: KeyContext, _ help: String, hint: KeyHint? = nil) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
        self.hint = hint
    }

    /// The hint as the status bar writes it, e.g. "Enter read" or "1-9 tag".
    public var hintText: String? {
        hint.map { "\($0.keys ?? keys.first.map(KeyBinding.label) ?? "") \($0.label)" }
    }

    /// The keys as the help screen writes them, e.g. "j ↓".
    public var keyLabel: String {
        keys.map(KeyBinding.label).joined(separator: " ")
    }

    /// How one key is written in help text.
    public static func label(_ key: KeyPress) -> String {
        switch key {
        case .character(let character): return character == " " ? "Space" : String(character)
        case .control(let character): return "Ctrl-\(character.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .shiftUp: return "Shift-↑"
        case .shiftDown: return "Shift-↓"
        case .shiftLeft: return "Shift-←"
        case .shiftRight: return "Shift-→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .resize: return "resize"
        }
    }
}
