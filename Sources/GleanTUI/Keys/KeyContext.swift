/// Where a key binding applies: everywhere, on one screen, or in one kind of modal.
public enum KeyContext: String, CaseIterable, Sendable {
    case global = "Everywhere"
    case logs = "Logs"
    case reader = "Reader"
    case counts = "Counts"
    case codebook = "Codebook"
    case quotes = "Quote list"
    case agreement = "Agreement"
    case disagreements = "Disagreements"
    case importPreview = "Import preview"
    case picker = "Pick list"
    case concernPicker = "Concern picker"
    case help = "Help"
    case messages = "Messages"
    case prompt = "Prompt"
    case confirm = "Question"
    case editor = "Note editor"

    /// Which of the global bindings also apply here: all of them on a screen, only the list navigation ones in a
    /// pick list or a scrolled view, none while typing or answering a question.
    public var globalBindings: GlobalBindings {
        switch self {
        case .global, .logs, .reader, .counts, .codebook, .quotes, .importPreview, .agreement, .disagreements: return .all
        case .picker, .help, .messages: return .navigation
        case .concernPicker, .prompt, .confirm, .editor: return .none
        }
    }

    /// Which global bindings a context takes on.
    public enum GlobalBindings: Sendable {
        case all, navigation, none
    }
}
