/// A new project made from an exchange file whose start, worked out rather than given, leaves a log outside the
/// programme: the log, where it falls and where the start came from. Nothing is written.
public struct ExchangeStartError: DomainError, Equatable {
    /// Where the start was taken from.
    enum Origin: Equatable, Sendable {
        /// The Monday on or before the earliest log, `Day`.
        case earliestLog(Day)
        /// The start a Glean export records.
        case file
    }

    /// The exchange file, as the user named it.
    public var file: String
    /// The participant whose log falls outside.
    var participant: String
    /// The log's date.
    var date: Day
    /// Where the log falls, e.g. "is before the programme starts (2020-04-06)".
    var placement: String
    /// Where the start came from.
    var origin: Origin

    public var message: String { message(choosing: "choose the programme's first day") }

    /// The message ending in `choosing`, what to do (the command line names its option: `give --start YYYY-MM-DD to
    /// …`).
    public func message(choosing: String) -> String {
        let from: String
        switch origin {
        case .earliestLog(let earliest): from = "the Monday on or before the earliest log (\(earliest.iso))"
        case .file: from = "the start the file records"
        }
        return "the log of \(participant) on \(date.iso) \(placement); the start was taken from \(from): \(choosing) "
            + "(refused, nothing written)"
    }
}
