/// Quotes tagged before facilitators had ids record the login name of whoever tagged them (`$USER`). On the machine
/// that tagged them they are the current facilitator's own, and when that facilitator sets the project up for a team
/// they become theirs by id, so the team sees them under the facilitator's name. With no `$USER`, older Glean wrote
/// "facilitator", which the bundled sample's quotes also carry, so no quote is claimed then.
public enum LegacyCoder {
    /// The coder an older Glean wrote on this machine: `$USER`, or nil when it is unset or empty.
    public static func name(environment: [String: String]) -> String? {
        guard let user = environment["USER"], !user.isEmpty else { return nil }
        return user
    }

    /// Whether `coder` on a quote stands for the facilitator `me` at this machine: their id, or the login name older
    /// Glean recorded here, `legacy` (nil once the project is a team's, where a login name may be anyone's).
    public static func isSame(_ coder: String, as me: Facilitator, legacy: String?) -> Bool {
        coder == me.id || (legacy != nil && coder == legacy && !FacilitatorID.isValid(coder))
    }
}

extension Project {
    /// The project with every quote whose coder is the pre-id name `legacy` given to facilitator `id` instead.
    func withLegacyCoder(_ legacy: String, givenTo id: String) -> Project {
        var owned = self
        for (number, fortnight) in fortnights where fortnight.quotes.contains(where: { $0.coder == legacy }) {
            var changed = fortnight
            for index in changed.quotes.indices where changed.quotes[index].coder == legacy {
                changed.quotes[index].coder = id
            }
            owned.fortnights[number] = changed
        }
        return owned
    }
}
