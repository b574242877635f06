import ArgumentParser
import Foundation
import GleanCore

/// `glean decide`: records the team's decision on a disagreement (whose coding of a concern in a log stands), or
/// withdraws it, as one journalled edit.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Decide a disagreement: whose coding of a concern in a log stands; prints \"Saved\" once on disk.")

    @OptionGroup var project: ProjectOption

    @Option(help: "The log's id (see glean disagreements).")
    var log: String

    @Option(help: "The concern, by id, name or number key.")
    var concern: String

    @Option(help: "The facilitators whose coding stands, comma-separated, by name or id (both for both).")
    var accept: String?

    @Flag(help: "Neither facilitator's coding stands: the concern is dropped from the log.")
    var neither = false

    @Flag(help: "Withdraw the decision, so the disagreement is open again.")
    var withdraw = false

    func validate() throws {
        guard [accept != nil, neither, withdraw].count(where: { $0 }) == 1 else {
            throw ValidationError("give one of --accept A,B, --neither or --withdraw")
        }
    }

    func run() throws {
        let facilitator = try currentFacilitator()
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        let names = store.facilitatorNames()
        let opened = store.opened
        let edit = try reportingErrors { () throws -> Edit? in
            let disagreement = try Self.find(log, concern, in: opened)
            if withdraw { return CodingDecisions.withdraw(disagreement, in: opened) }
            let accepted = try accept.map { try Self.facilitators($0, among: disagreement.coders, names: names) } ?? []
            return CodingDecisions.decide(
                disagreement, accepting: accepted, in: opened, by: facilitator.id,
                at: ISO8601DateFormatter().string(from: Date()), naming: names.name(of:))
        }
        guard let edit else { return Console.say("Nothing to change: that disagreement is not decided") }
        try reportingErrors { try store.record(edit) }
        Console.say("Saved: \(edit.summary)")
    }

    /// The disagreement on `concern` in log `logID`; a `ProjectError` when the facilitators agree there.
    private static func find(_ logID: String, _ concern: String, in project: Project) throws -> Disagreement {
        let (number, log) = try project.findLog(logID)
        let id = try project.findConcern(concern).id
        guard
            let found = project.disagreements(fortnight: number).first(where: {
                $0.log.id == log.id && $0.concern == id
            })
        else {
            throw ProjectError(
                file: "--concern",
                problem:
                    "the facilitators who coded log \"\(log.id)\" do not disagree on \"\(id)\"; glean disagreements lists what there is to decide"
            )
        }
        return found
    }

    /// The ids of the facilitators listed in `text` (names or ids), each of whom must have coded the log.
    private static func facilitators(_ text: String, among coders: [String], names: FacilitatorNames) throws -> [String]
    {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
            given in
            let matches = coders.filter {
                $0 == given || names.name(of: $0).caseInsensitiveCompare(given) == .orderedSame
            }
            guard matches.count == 1, let id = matches.first else {
                let known = coders.map { "\(names.name(of: $0)) (\($0))" }.joined(separator: ", ")
                throw ProjectError(
                    file: "--accept",
                    problem: matches.isEmpty
                        ? "\"\(given)\" did not code this log; those who did: \(known)"
                        : "\"\(given)\" names more than one facilitator; give an id: \(known)")
            }
            return id
        }
    }
}
