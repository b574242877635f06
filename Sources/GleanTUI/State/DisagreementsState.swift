import GleanCore

/// The Disagreements screen and its side-by-side comparison: the selected disagreement, which facilitator's column
/// a narrow terminal shows, and how far the comparison is scrolled.
public struct DisagreementsState: Equatable, Sendable {
    /// The selected row of the list.
    public var selected = 0
    /// The facilitator (index into the disagreement's coders) shown when the columns do not fit side by side.
    public var column = 0
    /// The comparison's first text row shown.
    public var scroll = 0
    /// The disagreement being compared side by side, followed by fortnight, log and concern so a decision (which
    /// moves it down the list) or an undo keeps it on screen.
    public var compared: Key?

    /// A disagreement's place: its fortnight, log and concern.
    public struct Key: Equatable, Sendable {
        public var fortnight: Int
        public var log: String
        public var concern: String

        /// The key of `disagreement`.
        public init(_ disagreement: Disagreement) {
            fortnight = disagreement.fortnight
            log = disagreement.log.id
            concern = disagreement.concern
        }
    }

    /// Creates the screen's state.
    public init(selected: Int = 0, column: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.column = column
        self.scroll = scroll
    }
}

extension AppState {
    /// Every disagreement of the project, open ones first (`Project.disagreements`).
    public var disagreementList: [Disagreement] {
        project.disagreements()
    }

    /// The disagreement the screen acts on: the one compared side by side, else the one selected in the list.
    public var selectedDisagreement: Disagreement? {
        let list = disagreementList
        if screen == .comparison, let key = disagreements.compared {
            return list.first { DisagreementsState.Key($0) == key }
        }
        return list.isEmpty ? nil : list[min(disagreements.selected, list.count - 1)]
    }

    /// The name the interface shows for facilitator `id`: this machine's own name, else the team's.
    public func facilitatorName(_ id: String) -> String {
        id == coding.me.id ? coding.me.name : coding.names.name(of: id)
    }
}
