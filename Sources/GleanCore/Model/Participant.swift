/// A person writing logs, known by a short code (e.g. `NW-07`), a stable alias for pseudonymised exports, and free
/// attributes such as care setting or role.
public struct Participant: Codable, Equatable, Sendable {
    /// The participant's code, unique in the programme.
    public var code: String
    /// The name used instead of the code in pseudonymised exports (e.g. `P007`), unique and never reused.
    var alias: String
    /// Free attributes, e.g. `["care setting": "primary", "role": "GP partner"]`.
    public var attributes: [String: String]

    /// Creates a participant; an empty alias is filled in when the participant joins a project.
    init(code: String, alias: String = "", attributes: [String: String] = [:]) {
        self.code = code
        self.alias = alias
        self.attributes = attributes
    }

    /// Decodes a participant; `alias` is absent in files before schema version 3, which `SchemaMigration` fills in.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        alias = try container.decodeIfPresent(String.self, forKey: .alias) ?? ""
        attributes = try container.decode([String: String].self, forKey: .attributes)
    }
}
