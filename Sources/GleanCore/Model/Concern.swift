/// A code of the codebook: something participants raise, such as "Staff wellbeing".
public struct Concern: Codable, Equatable, Sendable, Identifiable {
    /// A stable id, e.g. `staff-wellbeing`.
    public var id: String
    /// The name shown on screen and in summaries.
    public var name: String
    /// What the concern covers, for coders and for the codebook export.
    public var description: String
    /// The display colour as `#RRGGBB`.
    public var colour: String
    /// The number key (1–9) that tags it, or nil when it is picked from a list.
    public var key: Int?
    /// The theme it is grouped under, e.g. "Growing concerns".
    public var theme: String

    /// Creates a concern.
    public init(id: String, name: String, description: String = "", colour: String, key: Int?, theme: String) {
        self.id = id
        self.name = name
        self.description = description
        self.colour = colour
        self.key = key
        self.theme = theme
    }
}
