/// Which participant attributes say who wrote a featured quote in a summary: one naming the writer's role, one their
/// care setting, either of which may be unset. Stored in `glean.json` as `attribution`.
///
/// A quote is attributed as its writer's role and setting only, never by name or code: "a Consultant rheumatologist
/// in secondary care", "a GP partner", "a participant in community care", or "a participant" when the writer has
/// neither attribute.
public struct Attribution: Codable, Equatable, Sendable {
    /// The attribute holding the writer's role (e.g. `role`, `Your role`), or nil for none.
    public var role: String?
    /// The attribute holding the writer's care setting (e.g. `care setting`), or nil for none.
    public var setting: String?

    /// Creates a setting.
    public init(role: String?, setting: String?) {
        self.role = role
        self.setting = setting
    }

    /// The setting of a project that never chose one: the attributes named `role` and `care setting`.
    public static let standard = Attribution(role: "role", setting: "care setting")

    /// What a quote is attributed as when its writer has neither attribute.
    public static let anonymous = "a participant"

    /// The writer's role, if the setting names one and the participant has a value for it.
    func role(of participant: Participant?) -> String? {
        value(role, of: participant)
    }

    /// The writer's care setting, if the setting names one and the participant has a value for it.
    func setting(of participant: Participant?) -> String? {
        value(setting, of: participant)
    }

    /// Whether `participant` has a value for the role or the setting, so a quote of theirs is not just "a participant".
    public func describes(_ participant: Participant?) -> Bool {
        role(of: participant) != nil || setting(of: participant) != nil
    }

    /// Who wrote a quote, in words: "a GP partner in primary care", "an SHO", "a participant in community care".
    public func text(for participant: Participant?) -> String {
        let place = setting(of: participant).map(AttributionWording.setting)
        guard let role = role(of: participant) else {
            return [Attribution.anonymous, place].compactMap { $0 }.joined(separator: " ")
        }
        let writer = AttributionWording.withArticle(role)
        guard let place else { return writer }
        return writer + (role.contains(",") ? ", " : " ") + place
    }

    /// The attribute names the setting uses, role first.
    public var attributeNames: [String] {
        [role, setting].compactMap { $0 }
    }

    /// The setting with every use of attribute `old` renamed `new`.
    func renaming(_ old: String, to new: String) -> Attribution {
        Attribution(role: role == old ? new : role, setting: setting == old ? new : setting)
    }

    /// The setting in words, e.g. `role "Your role", care setting "Care setting"`.
    public var description: String {
        func named(_ name: String?) -> String { name.map { "\"\($0)\"" } ?? "(none)" }
        return "role \(named(role)), care setting \(named(setting))"
    }

    private func value(_ name: String?, of participant: Participant?) -> String? {
        guard let name, let text = participant?.attributes[name]?.trimmingWhiteSpace(), !text.isEmpty else {
            return nil
        }
        return text
    }
}
