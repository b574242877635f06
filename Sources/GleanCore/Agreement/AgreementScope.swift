/// Which facilitators, fortnights, concerns and logs an agreement measure covers, checked against a project.
///
/// The rule for logs: a log counts when every compared facilitator has tagged at least one quote in it (with any
/// concern), so each has read it; a log that only some have tagged is left out (and counted as such), because a
/// facilitator who has not tagged in a log may simply not have read it yet.
public struct AgreementScope: Equatable, Sendable {
    /// The facilitators compared: ids as in `Quote.coder`, in the order given, else sorted.
    let facilitators: [String]
    /// The fortnight, or nil for all of them.
    let fortnight: Int?
    /// The concerns measured, in codebook order.
    let concerns: [Concern]
    /// The logs every facilitator coded, with their quotes.
    let logs: [ScopedLog]
    /// Logs of the fortnights that some but not all of the facilitators coded.
    let logsLeftOut: Int

    /// The scope in `project`; throws an `AgreementError` for a fortnight without logs, a facilitator who tagged
    /// nothing, or fewer than two facilitators compared, and a `ScriptingError` for an unknown concern.
    public init(project: Project, fortnight: Int? = nil, concern: String? = nil, facilitators named: [String]? = nil)
        throws
    {
        if let fortnight, project.fortnights[fortnight]?.logs.isEmpty ?? true {
            let held = project.fortnightNumbers.filter { !project.fortnight($0).logs.isEmpty }
            throw AgreementError.fortnightHasNoLogs(fortnight, withLogs: held)
        }
        let numbers = fortnight.map { [$0] } ?? project.fortnights.keys.sorted()
        let fortnights = numbers.map(project.fortnight)
        let coders = Set(fortnights.flatMap(\.quotes).map(\.coder)).sorted()
        let chosen = try named.map { try Self.check($0, against: coders, fortnight: fortnight) } ?? coders
        guard chosen.count >= 2 else {
            throw named == nil
                ? AgreementError.tooFewCoders(fortnight: fortnight, coders: coders)
                : AgreementError.tooFewNamed(fortnight: fortnight, coders: coders)
        }
        self.fortnight = fortnight
        facilitators = chosen
        concerns = try concern.map { [try project.findConcern($0)] } ?? project.codebook.concerns
        var logs: [ScopedLog] = []
        var leftOut = 0
        for fortnight in fortnights {
            let quotesByLog = Dictionary(grouping: fortnight.quotes.filter { chosen.contains($0.coder) }, by: \.log)
            let codersByLog = fortnight.codersByLog(among: Set(chosen))
            for log in fortnight.logs {
                let quotes = quotesByLog[log.id] ?? []
                let coded = codersByLog[log.id] ?? []
                if coded.count == chosen.count {
                    logs.append(ScopedLog(log: log, quotes: quotes))
                } else if !coded.isEmpty {
                    leftOut += 1
                }
            }
        }
        self.logs = logs
        logsLeftOut = leftOut
    }

    /// The facilitators `named` (no repeats), each of whom must have tagged a quote in scope.
    private static func check(_ named: [String], against coders: [String], fortnight: Int?) throws -> [String] {
        var chosen: [String] = []
        for name in named where !chosen.contains(name) {
            guard coders.contains(name) else {
                throw AgreementError.taggedNothing(facilitator: name, fortnight: fortnight, coders: coders)
            }
            chosen.append(name)
        }
        return chosen
    }

    /// Who coded the logs counted: "both ada and ben", "all of ada, ben and cy".
    var facilitatorsPhrase: String {
        if facilitators.count == 2 { return "both \(facilitators[0]) and \(facilitators[1])" }
        return "all of \(facilitators.dropLast().joined(separator: ", ")) and \(facilitators.last ?? "")"
    }
}

/// A log in an agreement's scope with the compared facilitators' quotes in it.
struct ScopedLog: Equatable, Sendable {
    /// The log.
    let log: Log
    /// Its quotes by the compared facilitators.
    let quotes: [Quote]
}
