import GleanCore

/// An auto-coding run in the background: while it runs the interface ignores every key but those that cancel it.
public struct AutocodingJob: Equatable, Sendable {
    /// Tells this run's outcome from a cancelled one's.
    public var id: String
    /// The regular expression, as typed.
    public var pattern: String
    /// The concern to tag matching sentences with.
    public var concern: String
    /// The fortnight whose logs are searched.
    public var fortnight: Int

    /// Creates a job.
    public init(id: String, pattern: String, concern: String, fortnight: Int) {
        self.id = id
        self.pattern = pattern
        self.concern = concern
        self.fortnight = fortnight
    }
}

/// How an auto-coding run ended.
public enum AutocodingOutcome: Equatable, Sendable {
    /// What tagging every matching sentence would do, for the preview to ask about.
    case found(AutocodePlan)
    /// No untagged sentence matches.
    case nothingToTag
    /// The run was refused or stopped (an invalid pattern, one that ran past its budget): why, for the status bar.
    case refused(EffectFailure)
    /// The run was cancelled before it finished.
    case cancelled
}
