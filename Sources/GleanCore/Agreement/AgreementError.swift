/// Why agreement cannot be measured over the facilitators, fortnight or concern asked for. `fortnight` is nil for
/// the whole project; `coders` are the facilitators who tagged quotes there.
public enum AgreementError: DomainError, Equatable {
    /// The fortnight has no logs; `withLogs` are the fortnights that have some.
    case fortnightHasNoLogs(Int, withLogs: [Int])
    /// Fewer than two facilitators tagged quotes there, so there is nobody to compare.
    case tooFewCoders(fortnight: Int?, coders: [String])
    /// Fewer than two facilitators were named to compare.
    case tooFewNamed(fortnight: Int?, coders: [String])
    /// A facilitator named to compare tagged no quote there.
    case taggedNothing(facilitator: String, fortnight: Int?, coders: [String])

    public var message: String {
        switch self {
        case .fortnightHasNoLogs(let fortnight, let withLogs):
            return
                "fortnight \(fortnight) has no logs; fortnights with logs: \(withLogs.map(String.init).joined(separator: ", "))"
        case .tooFewCoders(let fortnight, let coders):
            let whose =
                coders.isEmpty ? "nobody has tagged a quote" : "only \(coders.joined(separator: ", ")) tagged quotes"
            return "agreement compares two or more facilitators; in \(Self.place(fortnight)) \(whose)"
        case .tooFewNamed(let fortnight, let coders):
            return
                "name two or more facilitators to compare; in \(Self.place(fortnight)) \(coders.joined(separator: ", ")) tagged quotes"
        case .taggedNothing(let name, let fortnight, let coders):
            let known =
                coders.isEmpty ? "nobody has tagged one there" : "those who have: \(coders.joined(separator: ", "))"
            return "\"\(name)\" has tagged no quote in \(Self.place(fortnight)); \(known)"
        }
    }

    private static func place(_ fortnight: Int?) -> String {
        fortnight.map { "fortnight \($0)" } ?? "the project"
    }
}
