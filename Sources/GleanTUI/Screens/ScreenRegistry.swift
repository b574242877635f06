import GleanCore

/// What the interface needs to know about one screen, in one place: a new screen is a `ScreenID` case, an entry in
/// `ScreenID.entry` and its view and update files.
struct ScreenEntry {
    /// The screen's name: its tab's label, and the heading of its keys in the help and the README's key map.
    let title: String
    /// The screen whose key bindings apply on this one: itself, or the screen it belongs to (the comparison takes the
    /// Disagreements screen's keys).
    let keys: ScreenID
    /// Whether the screen has a tab on the top row, which Tab and Shift-Tab go round in order.
    let isTab: Bool
    /// The fortnight the user is looking at on this screen, for the status bar and `e`.
    let fortnight: (AppState) -> Int
    /// How `/`, `n` and `N` search the screen.
    let search: ScreenSearch
    /// Draws the screen's body.
    let draw: (AppState, Theme, Rect, inout ScreenBuffer) -> Void
    /// Carries out a command the global bindings leave to the screen.
    let perform: (Command, inout AppState, UpdateEnvironment) -> [Effect]
}

extension ScreenID {
    /// The screens with a tab, in the order Tab goes round them.
    static var tabs: [ScreenID] {
        allCases.filter(\.entry.isTab)
    }

    /// The registry: each screen's title, keys, view and update.
    var entry: ScreenEntry {
        switch self {
        case .logs:
            return ScreenEntry(
                title: "Logs", keys: .logs, isTab: true, fortnight: \.logs.fortnight, search: .logs,
                draw: { LogsView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in
                    command == .disagreements ? DisagreementsUpdate.open(&state) : LogsUpdate.perform(command, &state)
                })
        case .reader:
            return ScreenEntry(
                title: "Reader", keys: .reader, isTab: false, fortnight: { $0.reader?.fortnight ?? $0.logs.fortnight },
                search: .openLog, draw: { ReaderView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, environment in ReaderUpdate.perform(command, &state, environment) })
        case .counts:
            return ScreenEntry(
                title: "Counts", keys: .counts, isTab: true, fortnight: { $0.counts.fortnight ?? $0.logs.fortnight },
                search: .rows(
                    SearchRows(rows: Search.concernRows, current: \.counts.row, select: { $1.counts.row = $0 })),
                draw: { CountsView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in
                    switch command {
                    case .disagreements: return DisagreementsUpdate.open(&state)
                    case .chooseAttribution: return AttributionUpdate.start(&state)
                    case .agreement: return AgreementUpdate.open(&state)
                    default: return CountsUpdate.perform(command, &state)
                    }
                })
        case .codebook:
            return ScreenEntry(
                title: "Codebook", keys: .codebook, isTab: true, fortnight: \.logs.fortnight,
                search: .rows(
                    SearchRows(rows: Search.concernRows, current: \.codebook.row, select: { $1.codebook.row = $0 })),
                draw: { CodebookView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in CodebookUpdate.perform(command, &state) })
        case .quoteList:
            return ScreenEntry(
                title: "Quote list", keys: .quoteList, isTab: false,
                fortnight: { $0.quoteList?.fortnight ?? $0.logs.fortnight },
                search: .rows(
                    SearchRows(
                        rows: Search.quoteRows, current: { $0.quoteList?.selected ?? 0 },
                        select: { $1.quoteList?.selected = $0 })),
                draw: { QuoteListView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in QuoteListUpdate.perform(command, &state) })
        case .agreement:
            return ScreenEntry(
                title: "Agreement", keys: .agreement, isTab: false, fortnight: \.agreement.fortnight,
                search: .rows(
                    SearchRows(
                        rows: Search.concernRows, current: \.agreement.selected, select: { $1.agreement.selected = $0 })
                ),
                draw: { AgreementView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in AgreementUpdate.perform(command, &state) })
        case .disagreements, .comparison:
            return ScreenEntry(
                title: self == .disagreements ? "Disagreements" : "Comparison", keys: .disagreements, isTab: false,
                fortnight: { $0.selectedDisagreement?.fortnight ?? $0.logs.fortnight },
                search: .rows(
                    SearchRows(
                        rows: Search.disagreementRows, current: \.disagreements.selected,
                        select: { $1.disagreements.selected = $0 })),
                draw: { state, theme, area, buffer in
                    self == .disagreements
                        ? DisagreementsView.draw(state, theme, in: area, into: &buffer)
                        : ComparisonView.draw(state, theme, in: area, into: &buffer)
                },
                perform: { command, state, environment in DisagreementsUpdate.perform(command, &state, environment) })
        case .importPreview:
            return ScreenEntry(
                title: "Import preview", keys: .importPreview, isTab: false, fortnight: \.logs.fortnight,
                search: .rows(
                    SearchRows(
                        rows: Search.importRows, current: { _ in 0 },
                        select: { $1.message = "Row \($0 + 1) of the import matches" })),
                draw: { ImportPreviewView.draw($0, $1, in: $2, into: &$3) },
                perform: { command, state, _ in ImportPreviewUpdate.perform(command, &state) })
        }
    }
}
