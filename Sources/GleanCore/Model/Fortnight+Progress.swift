extension Fortnight {
    /// How far coding of the log with `logID` has got.
    public func progress(ofLog logID: String) -> LogProgress {
        if done.contains(logID) { return .done }
        return quotes.contains { $0.log == logID } ? .inProgress : .notStarted
    }

    /// How many of the fortnight's logs are marked done.
    public var logsDone: Int {
        logs.count { done.contains($0.id) }
    }

    /// How many of the fortnight's logs are still to code (not marked done).
    var logsToCode: Int { logs.count - logsDone }

    /// Whether the fortnight's figures may still change: some of its logs are not marked done.
    public var isProvisional: Bool { logsDone < logs.count }
}
