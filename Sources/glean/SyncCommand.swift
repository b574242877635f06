import ArgumentParser
import Foundation
import GleanCore

/// `glean sync`: shares the facilitator's edits with the team and brings in theirs, through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share your edits with the team and bring in theirs (commit, fetch, merge, push, through git).",
        discussion: """
            Works on a team project (glean team init or glean team join). Edits are kept whatever happens: they are \
            in your own file before the sync starts, and a sync that fails or is interrupted shares them next time.
            """)

    @OptionGroup var project: ProjectOption

    func run() throws {
        let store = try project.open(.editing)
        store.notices.forEach { printError($0) }
        guard let facilitator = store.facilitator else {
            store.close()
            throw notATeamProject(project.path)
        }
        let outcome: TeamSync.Outcome
        do {
            outcome = try TeamSync.sync(store.layout, as: facilitator)
        } catch {
            store.close()
            printError("\(error)")
            throw ExitCode.failure
        }
        store.close()
        let reopened = try project.open(.editing)
        let names = reopened.teamNames
        reopened.close()
        outcome.notes.forEach { Console.say("Note: \($0)") }
        let received = outcome.received.values.reduce(0, +)
        let from = outcome.received.keys.sorted().map {
            "\(names[$0] ?? String($0.prefix(8))) \(outcome.received[$0] ?? 0)"
        }
        Console.say(
            "Synced: shared \(outcome.shared) \(outcome.shared == 1 ? "edit" : "edits") · \(received) new from others"
                + (from.isEmpty ? "" : " (\(from.joined(separator: ", ")))"))
        if !reopened.reviews.isEmpty {
            Console.say(
                "\(reopened.reviews.count) to review: clashes decided by rule or edits left out (glean team status lists them)"
            )
        }
    }
}
