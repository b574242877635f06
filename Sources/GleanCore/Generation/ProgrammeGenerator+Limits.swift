extension ProgrammeGenerator.Size {
    /// How many participants a synthetic programme may have.
    public static let participantRange = 1...10_000
    /// How many fortnights it may have: as many as a project can hold.
    public static let fortnightRange = Project.fortnightRange
    /// How many quotes per log it may have on average.
    public static let quotesPerLogRange = 0...50
    /// The most logs it may hold in all (writers per fortnight times fortnights), which keeps it within memory: about
    /// 1.6 KB of text each.
    public static let maximumLogs = 200_000

    /// The participants who write a log each fortnight.
    var writersPerFortnight: Int {
        min(participants, logsPerFortnight ?? max(1, participants / 100 * 95 + participants % 100 * 95 / 100))
    }

    /// The logs a programme of this size holds: the writers of each fortnight times the fortnights (`Int.max` when
    /// that overflows).
    public var logs: Int {
        let (product, overflow) = writersPerFortnight.multipliedReportingOverflow(by: fortnights)
        return overflow ? Int.max : product
    }
}
