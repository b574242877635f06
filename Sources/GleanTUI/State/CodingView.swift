import GleanCore

/// Whose coding the interface shows: everyone's (the default), only the current facilitator's, or theirs alone with
/// every trace of the others' hidden, for blind double coding. `v` cycles it in the Logs and the Reader.
public enum CodingView: Equatable, Sendable, CaseIterable {
    case everyone, mine, blind

    /// The next view `v` turns to.
    public var next: CodingView {
        let all = CodingView.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The view's name, for the status bar.
    public var label: String {
        switch self {
        case .everyone: return "everyone"
        case .mine: return "mine"
        case .blind: return "blind"
        }
    }

    /// What the view shows, for the message when it is chosen.
    public var explanation: String {
        switch self {
        case .everyone: return "everyone's quotes"
        case .mine: return "only my quotes; others' passages are faint in the text"
        case .blind: return "only my quotes; others' are hidden entirely"
        }
    }
}

/// The facilitator at this machine, the names of the others, and whose coding is shown: the one rule for which quotes
/// the interface lists, highlights, ticks and counts.
public struct CodingScope: Equatable, Sendable {
    /// Whose coding is shown.
    public var view: CodingView = .everyone
    /// The facilitator at this machine, whose id goes on new quotes.
    public var me: Facilitator
    /// The names shown beside others' quotes; a roster of the team's names plugs in here.
    public var names: FacilitatorNames
    /// The login name older Glean recorded as coder on this machine, whose quotes are also mine; nil in a team project.
    public var legacyName: String?

    /// The scope of `me`, showing everyone's coding, with `names` for the others.
    public init(
        me: Facilitator = Facilitator(id: FacilitatorName.fallback, name: FacilitatorName.fallback),
        names: FacilitatorNames = FacilitatorNames(), legacyName: String? = nil
    ) {
        self.me = me
        self.names = names
        self.legacyName = legacyName
    }

    /// Whether `quote` was made by the facilitator at this machine.
    public func isMine(_ quote: Quote) -> Bool {
        LegacyCoder.isSame(quote.coder, as: me, legacy: legacyName)
    }

    /// Whether `quote` is listed, highlighted, ticked and counted in this view.
    public func shows(_ quote: Quote) -> Bool {
        view == .everyone || isMine(quote)
    }

    /// Whether `quote` is not shown but its passage is still drawn faint in the Reader's text (the "mine" view).
    public func traces(_ quote: Quote) -> Bool {
        view == .mine && !isMine(quote)
    }

    /// The status bar's words for the view, e.g. "blind: Priya"; nil in the everyone view.
    public var statusLabel: String? {
        view == .everyone ? nil : "\(view.label): \(FacilitatorNames.shortened(me.name))"
    }
}
