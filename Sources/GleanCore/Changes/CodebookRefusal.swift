/// Why a codebook operation was refused, in words a facilitator can act on (e.g. "“Staff wellbeing” is used by 3
/// quotes: merge it into another concern instead").
public struct CodebookRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong and what to do instead.
    public var problem: String

    /// Creates a refusal.
    public init(_ problem: String) {
        self.problem = problem
    }

    public var description: String { problem }
}
