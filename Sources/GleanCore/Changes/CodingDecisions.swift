/// The edits that decide a disagreement, or withdraw the decision, as the Disagreements screen and `glean decide`
/// make them.
public enum CodingDecisions {
    /// Decides `disagreement`: the coding of the facilitators in `accepted` stands (none: neither's). `name` gives
    /// facilitators' display names for the summary.
    public static func decide(
        _ disagreement: Disagreement, accepting accepted: [String], in project: Project, by facilitator: String,
        at made: String, naming name: (String) -> String
    ) -> Edit {
        let decision = CodingDecision(
            log: disagreement.log.id, concern: disagreement.concern, accepted: accepted, by: facilitator, made: made)
        return Edit(
            summary:
                "Decided \(subject(disagreement, project)): \(acceptance(decision.accepted, of: disagreement.coders, naming: name))",
            changes: [.decideCoding(fortnight: disagreement.fortnight, decision: decision)])
    }

    /// Withdraws the decision on `disagreement`, so it is open again; nil when it was not decided.
    public static func withdraw(_ disagreement: Disagreement, in project: Project) -> Edit? {
        guard disagreement.decision != nil else { return nil }
        return Edit(
            summary: "Reopened \(subject(disagreement, project))",
            changes: [
                .withdrawDecision(
                    fortnight: disagreement.fortnight, log: disagreement.log.id, concern: disagreement.concern)
            ])
    }

    /// How a decision reads: "Asha's coding", "both codings", "everyone's coding", "neither coding".
    static func acceptance(_ accepted: [String], of coders: [String], naming name: (String) -> String) -> String {
        if accepted.isEmpty { return coders.count == 2 ? "neither coding" : "no one's coding" }
        if Set(accepted) == Set(coders) { return coders.count == 2 ? "both codings" : "everyone's coding" }
        let names = accepted.map(name)
        return (names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? ""))
            + "'s coding"
    }

    /// "Staff wellbeing in P01's log of 3 March".
    private static func subject(_ disagreement: Disagreement, _ project: Project) -> String {
        let concern = project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern
        return "\(concern) in \(disagreement.log.participant)'s log of \(disagreement.log.date.shortText)"
    }
}
