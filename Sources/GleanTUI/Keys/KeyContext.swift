/// Where a key binding applies: everywhere, on one screen (the registry says whose keys a screen takes), or in one
/// kind of modal.
public enum KeyContext: Hashable, CaseIterable, Sendable {
    /// Keys that work on every screen.
    case global
    /// A screen's own keys; a screen that shares another's keys (the comparison, the disagreements') is not one.
    case screen(ScreenID)
    /// The modals' keys: a pick list, the concern picker, the help, the message log, a one-line prompt, a yes/no
    /// question and the note editor.
    case picker, concernPicker, help, messages, prompt, confirm, editor

    /// Every context, in the order the key map lists them: global, the screens with keys of their own, the modals.
    public static let allCases: [KeyContext] =
        [.global] + ScreenID.allCases.filter { $0.entry.keys == $0 }.map(KeyContext.screen)
        + [.picker, .concernPicker, .help, .messages, .prompt, .confirm, .editor]

    /// Shorthands the key table uses for the screens' contexts.
    public static let logs = KeyContext.screen(.logs)
    public static let reader = KeyContext.screen(.reader)
    public static let counts = KeyContext.screen(.counts)
    public static let codebook = KeyContext.screen(.codebook)
    public static let quotes = KeyContext.screen(.quoteList)
    public static let agreement = KeyContext.screen(.agreement)
    public static let disagreements = KeyContext.screen(.disagreements)
    public static let importPreview = KeyContext.screen(.importPreview)

    /// The heading of the context's keys in the help and the README's key map, e.g. "Quote list".
    public var name: String {
        switch self {
        case .global: return "Everywhere"
        case .screen(let screen): return screen.entry.title
        case .picker: return "Pick list"
        case .concernPicker: return "Concern picker"
        case .help: return "Help"
        case .messages: return "Messages"
        case .prompt: return "Prompt"
        case .confirm: return "Question"
        case .editor: return "Note editor"
        }
    }

    /// Which of the global bindings also apply here: all of them on a screen, only the list navigation ones in a
    /// pick list or a scrolled view, none while typing or answering a question.
    public var globalBindings: GlobalBindings {
        switch self {
        case .global, .screen: return .all
        case .picker, .help, .messages: return .navigation
        case .concernPicker, .prompt, .confirm, .editor: return .none
        }
    }

    /// Which global bindings a context takes on.
    public enum GlobalBindings: Sendable {
        case all, navigation, none
    }
}
