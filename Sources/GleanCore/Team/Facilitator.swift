/// A member of the facilitation team: a stable id that goes on every quote they make, and the name others see.
public struct Facilitator: Codable, Equatable, Sendable {
    /// A lower-case UUID, made once on the facilitator's machine and never changed.
    public var id: String
    /// The display name, e.g. "Priya"; `FacilitatorName` says what a name may be.
    public var name: String

    /// Creates a facilitator.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
