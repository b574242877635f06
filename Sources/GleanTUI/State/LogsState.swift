import GleanCore

/// The Logs screen: which fortnight, which log is selected, and the filter.
public struct LogsState: Equatable, Sendable {
    /// The fortnight whose logs are listed.
    public var fortnight: Int
    /// The selected row of the filtered list.
    public var selected = 0
    /// Which logs are listed.
    public var filter: LogFilter = .all

    /// Creates the state for `fortnight`.
    public init(fortnight: Int) {
        self.fortnight = fortnight
    }
}

/// Which logs the Logs screen lists.
public enum LogFilter: Equatable, Sendable {
    case all
    case noQuotes
    case toCode
    case attribute(name: String, value: String)

    /// How the filter picker lists the filter.
    public var menuLabel: String {
        switch self {
        case .all: return "All logs"
        case .toCode: return "Still to code (not done)"
        case .noQuotes: return "No quotes yet"
        case .attribute: return label
        }
    }

    /// How the header describes the filter.
    public var label: String {
        switch self {
        case .all: return "all logs"
        case .toCode: return "still to code"
        case .noQuotes: return "no quotes yet"
        case .attribute(let name, let value): return "\(name): \(value)"
        }
    }
}

extension AppState {
    /// The logs of the Logs screen's fortnight that pass its filter, in order.
    public var visibleLogs: [Log] {
        let fortnight = shownFortnight(logs.fortnight)
        switch logs.filter {
        case .all:
            return fortnight.logs
        case .toCode:
            return fortnight.logs.filter { !fortnight.done.contains($0.id) }
        case .noQuotes:
            let quoted = Set(fortnight.quotes.map(\.log))
            return fortnight.logs.filter { !quoted.contains($0.id) }
        case .attribute(let name, let value):
            let holders = Set(project.participants.filter { $0.attributes[name] == value }.map(\.code))
            return fortnight.logs.filter { holders.contains($0.participant) }
        }
    }

    /// The log selected on the Logs screen, if the list is not empty.
    public var selectedLog: Log? {
        let list = visibleLogs
        return list.isEmpty ? nil : list[min(max(logs.selected, 0), list.count - 1)]
    }
}
