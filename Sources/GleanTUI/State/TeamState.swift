import GleanCore

/// A team project's sharing, as the status bar shows it: whether a sync is going, and what waits to be shared and
/// what came from others at the last fetch, once known.
public struct TeamState: Equatable, Sendable {
    /// Edits waiting on either side, or nil until first counted.
    public var pending: PendingEdits?
    /// Whether a sync is going on in the background.
    public var syncing = false
    /// Whether the pending edits are being counted in the background.
    public var counting = false
    /// Whether an edit was saved while they were being counted, so they must be counted again.
    public var recountWanted = false

    /// The state of a team project just opened: nothing known yet.
    public init() {}
}

/// Edits recorded here and not yet on the remote, and edits on the remote (as last fetched) not yet here.
public struct PendingEdits: Equatable, Sendable {
    /// The facilitator's own edits the remote does not have.
    public var toShare: Int
    /// Others' edits fetched but not yet merged.
    public var fromOthers: Int

    /// Creates a count.
    public init(toShare: Int, fromOthers: Int) {
        self.toShare = toShare
        self.fromOthers = fromOthers
    }
}
