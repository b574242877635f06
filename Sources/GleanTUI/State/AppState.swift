import GleanCore

/// Everything the interface shows, as one value: every screen is a pure function of it.
public struct AppState: Equatable, Sendable {
    /// The project being worked on, with every edit applied.
    public var project: Project {
        didSet { projectRevision = ProjectRevision() }
    }
    /// New with every change to `project`, so what is worked out from it can be kept until it changes.
    private(set) var projectRevision = ProjectRevision()
    /// The Counts screen's table, kept between frames (see `CountsMemo`).
    let countsMemo = CountsMemo()
    /// The terminal's size in cells.
    public var size: TerminalSize
    /// Whether colours may be used (false when `NO_COLOR` is set or the terminal has none).
    public var colour: Bool
    /// How many colours the terminal shows, when `colour` is on.
    public var colourDepth: ColourDepth = .eight
    /// The screen on top; `stack` holds the ones beneath it.
    public var screen: ScreenID = .logs
    /// Screens to return to with `q`.
    public var stack: [ScreenID] = []
    /// The Logs screen.
    public var logs: LogsState
    /// The Reader, when a log is open.
    public var reader: ReaderState?
    /// The Counts screen.
    public var counts = CountsState()
    /// The Codebook screen.
    public var codebook = CodebookState()
    /// The Agreement screen opened from Counts.
    public var agreement = AgreementState()
    /// The Disagreements screen and its side-by-side comparison.
    public var disagreements = DisagreementsState()
    /// The quote list opened from a Counts cell.
    public var quoteList: QuoteListState?
    /// The import being previewed.
    public var importPreview: ImportPreview?
    /// A modal on top of the screen: help, a text prompt, a picker or the note editor.
    public var modal: Modal?
    /// Inverse edits, most recent last: `u` applies the last one.
    public var undoStack: [Edit] = []
    /// Edits undone, most recent last: Ctrl-R applies the last one.
    public var redoStack: [Edit] = []
    /// Whether every edit is on disk.
    public var saveState: SaveState = .saved
    /// A message for the status bar, e.g. "Tagged Staff wellbeing", shown until the next key; each one is also kept
    /// in `messages`.
    public var message: String? {
        didSet {
            if let message, message != oldValue { messages.record(message) }
        }
    }
    /// The recent messages, which `M` shows.
    public var messages = MessageLog()
    /// The current search, shown in the header while active.
    public var search: String?
    /// The current search's matches, worked out once per query.
    public var searchMatches = SearchMatches()
    /// Set when the user asked to leave.
    public var quitting = false
    /// Whether edits are refused because the project was opened read-only.
    public var readOnly = false
    /// The auto-coding run going on in the background, if any.
    public var autocoding: AutocodingJob?
    /// The export being written in the background, if any: Esc cancels it.
    public var exporting: ExportJob?
    /// The import input being read in the background for its first preview, if any: Esc cancels it.
    public var importReading: ImportReadingJob?
    /// A command put off until the fortnights it needs are read from disk: it goes ahead when they are in, and Esc
    /// or any other key drops it (see `FortnightReading`).
    public var waitingCommand: WaitingCommand?
    /// Who is coding at this machine, and whose coding is shown.
    public var coding = CodingScope()
    /// In a team project, its syncing and what waits to be shared; nil in a project of one facilitator.
    public var team: TeamState?

    /// The state right after opening `project` in a terminal of `size`: the Logs screen on the latest fortnight.
    public init(project: Project, size: TerminalSize, colour: Bool) {
        self.project = project
        self.size = size
        self.colour = colour
        logs = LogsState(fortnight: project.latestFortnight)
    }

    /// The key context of the screen on top.
    public var keyContext: KeyContext {
        .screen(screen.entry.keys)
    }

    /// The key context the status bar's hints come from: the open modal's, else the screen's.
    public var hintContext: KeyContext {
        switch modal {
        case .help: return .help
        case .messages: return .messages
        case .prompt: return .prompt
        case .picker: return .picker
        case .concernPicker: return .concernPicker
        case .text: return .editor
        case .confirm: return .confirm
        case nil: return keyContext
        }
    }

    /// The fortnight the user is looking at, for the status bar and `e`.
    public var currentFortnight: Int {
        screen.entry.fortnight(self)
    }
}

/// A terminal size in cells.
public struct TerminalSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest size every screen is laid out for.
    public static let minimum = TerminalSize(width: 40, height: 12)

    /// Whether this size is below the minimum.
    public var isTooSmall: Bool { width < TerminalSize.minimum.width || height < TerminalSize.minimum.height }
}

/// Whether the project's edits are on disk.
public enum SaveState: Equatable, Sendable {
    case saved
    case saving
    case failed(String)
}
