/// A person writing logs, known by a short code (e.g. `NW-07`) and free attributes such as care setting or role.
public struct Participant: Codable, Equatable, Sendable {
    /// The participant's code, unique in the programme.
    public var code: String
    /// Free attributes, e.g. `["care setting": "primary", "role": "GP partner"]`.
    public var attributes: [String: String]

    /// Creates a participant.
    public init(code: String, attributes: [String: String] = [:]) {
        self.code = code
        self.attributes = attributes
    }
}
