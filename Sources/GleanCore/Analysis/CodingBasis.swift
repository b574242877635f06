/// Whose coding figures rest on, for counts and summaries to say: the facilitators who coded, and how many of their
/// disagreements the team has decided.
public struct CodingBasis: Equatable, Sendable {
    /// The facilitators (ids as in `Quote.coder`) who tagged quotes, sorted.
    public var coders: [String]
    /// Disagreements decided.
    public var decided: Int
    /// Disagreements still open.
    public var open: Int

    /// The basis of `project`'s figures, over fortnight `number` or every fortnight, from the fortnights' digests.
    public init(project: Project, fortnight number: Int? = nil) {
        let digests = number.map { [project.digest(of: $0)] } ?? project.digests()
        coders = Set(digests.flatMap(\.coders)).sorted()
        guard coders.count > 1 else {
            (decided, open) = (0, 0)
            return
        }
        decided = digests.reduce(0) { $0 + $1.decided }
        open = digests.reduce(0) { $0 + $1.open }
    }

    /// Whether more than one facilitator coded, so the figures should say whose coding they use.
    var isShared: Bool { coders.count > 1 }

    /// "Coding by Asha and Ben; 2 disagreements decided, 3 open", with names from `name` in alphabetical order (not
    /// the ids' order, which is random); nil when one facilitator (or nobody) coded, so a single facilitator's output
    /// stays as it was.
    public func sentence(naming name: (String) -> String) -> String? {
        guard isShared else { return nil }
        let names = coders.map(name).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        let who =
            names.count == 2
            ? "\(names[0]) and \(names[1])" : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        let total = decided + open
        let what: String
        if total == 0 {
            what = "no disagreements"
        } else {
            what = "\(decided) \(decided == 1 ? "disagreement" : "disagreements") decided, \(open) open"
        }
        return "Coding by \(who); \(what)"
    }
}
