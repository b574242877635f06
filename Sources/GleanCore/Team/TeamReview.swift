/// Something the fold decided by rule that the team should look at: two facilitators changed the same thing without
/// seeing each other's change, or a concern was deleted while someone tagged with it.
public struct TeamReview: Codable, Equatable, Sendable, CustomStringConvertible {
    /// What happened and what the fold kept, e.g. "Concern staff-wellbeing: name set to “Wellbeing” by ada and to
    /// “Staff morale” by ben at the same time; kept “Staff morale” (ben's came later in the agreed order)".
    public var message: String

    /// Creates a review item.
    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
