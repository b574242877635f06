/// Disagreements in words, as `glean disagreements` prints them and the Disagreements screen shows them.
public enum DisagreementText {
    /// "tagged by Asha; not by Ben".
    public static func who(_ disagreement: Disagreement, naming name: (String) -> String) -> String {
        "tagged by \(list(disagreement.tagged.map(name))); not by \(list(disagreement.untagged.map(name)))"
    }

    /// "open", or "decided: Asha's coding (by Ben)".
    public static func status(_ disagreement: Disagreement, naming name: (String) -> String) -> String {
        guard let decision = disagreement.decision else { return "open" }
        return
            "decided: \(CodingDecisions.acceptance(decision.accepted, of: disagreement.coders, naming: name)) (by \(name(decision.by)))"
    }

    /// One line per disagreement, open ones first: "F1 · P01 3 Mar · Staff wellbeing · log P01-2020-03-03 · tagged by
    /// Asha; not by Ben · open".
    public static func render(_ disagreements: [Disagreement], in project: Project, naming name: (String) -> String)
        -> String
    {
        guard !disagreements.isEmpty else {
            return "No disagreements: the facilitators who coded each log tagged the same concerns in it.\n"
        }
        let open = disagreements.count(where: \.isOpen)
        var lines = ["\(open) open, \(disagreements.count - open) decided"]
        for disagreement in disagreements {
            let concern = project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern
            lines.append(
                "F\(disagreement.fortnight) · \(disagreement.log.participant) \(disagreement.log.date.shortText) · \(concern) · "
                    + "log \(disagreement.log.id) · \(who(disagreement, naming: name)) · \(status(disagreement, naming: name))"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSON `glean disagreements --json` prints: facilitators by id, with their names.
    public static func json(_ disagreements: [Disagreement], in project: Project, naming name: (String) -> String)
        throws -> String
    {
        let entries = disagreements.map { disagreement in
            Entry(
                fortnight: disagreement.fortnight, log: disagreement.log.id, participant: disagreement.log.participant,
                date: disagreement.log.date.iso, concern: disagreement.concern,
                concernName: project.codebook.concern(id: disagreement.concern)?.name ?? disagreement.concern,
                coders: disagreement.coders, tagged: disagreement.tagged, untagged: disagreement.untagged,
                names: Dictionary(uniqueKeysWithValues: disagreement.coders.map { ($0, name($0)) }),
                decision: disagreement.decision)
        }
        return String(decoding: try JSONFormat.snapshot(entries), as: UTF8.self)
    }

    private struct Entry: Encodable {
        var fortnight: Int
        var log: String
        var participant: String
        var date: String
        var concern: String
        var concernName: String
        var coders: [String]
        var tagged: [String]
        var untagged: [String]
        var names: [String: String]
        var decision: CodingDecision?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fortnight, forKey: .fortnight)
            try container.encode(log, forKey: .log)
            try container.encode(participant, forKey: .participant)
            try container.encode(date, forKey: .date)
            try container.encode(concern, forKey: .concern)
            try container.encode(concernName, forKey: .concernName)
            try container.encode(coders, forKey: .coders)
            try container.encode(tagged, forKey: .tagged)
            try container.encode(untagged, forKey: .untagged)
            try container.encode(names, forKey: .names)
            try container.encode(decision, forKey: .decision)
        }

        enum CodingKeys: String, CodingKey {
            case fortnight, log, participant, date, concern, concernName, coders, tagged, untagged, names, decision
        }
    }

    private static func list(_ names: [String]) -> String {
        names.count <= 1
            ? names.first ?? "nobody" : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
}
