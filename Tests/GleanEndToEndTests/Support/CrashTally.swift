import Foundation
import GleanTestSupport

/// What a run of killed `glean tag` and `glean compact` processes did: where each kill landed, and what survived.
struct CrashTally: CustomStringConvertible {
    /// Tag processes killed before they printed "Saved:".
    private(set) var tagsKilledBeforeAcknowledgement = 0
    /// Tag processes killed after they printed "Saved:", on their way out.
    private(set) var tagsKilledAfterAcknowledgement = 0
    /// Tag processes that finished before the kill.
    private(set) var tagsFinished = 0
    /// Compact processes killed part-way.
    private(set) var compactsKilled = 0
    /// Compact processes that finished before the kill.
    private(set) var compactsFinished = 0
    /// Tags reported saved, the timed ones run to completion before the kills included.
    var acknowledged = 0
    /// Tags reported saved and found in the project at the end.
    var found = 0
    /// Tags never reported saved (the kill came between the journal's flush and the message) yet in the project.
    var savedUnacknowledged = 0

    /// Processes that SIGKILL ended.
    var kills: Int { tagsKilledBeforeAcknowledgement + tagsKilledAfterAcknowledgement + compactsKilled }

    /// Counts one process's outcome: `tag` tells a tag from a compact, `saved` whether it printed "Saved:".
    mutating func count(_ result: CommandResult, tag: Bool, saved: Bool) {
        let killed = result.status == 128 + SIGKILL
        switch (tag, killed, saved) {
        case (true, true, false): tagsKilledBeforeAcknowledgement += 1
        case (true, true, true): tagsKilledAfterAcknowledgement += 1
        case (true, false, _): tagsFinished += 1
        case (false, true, _): compactsKilled += 1
        case (false, false, _): compactsFinished += 1
        }
    }

    var description: String {
        "\(kills) kills (tags: \(tagsKilledBeforeAcknowledgement) before acknowledgement, "
            + "\(tagsKilledAfterAcknowledgement) after; compacts: \(compactsKilled)), "
            + "finished before the kill: \(tagsFinished) tags, \(compactsFinished) compacts; "
            + "acknowledged tags: \(acknowledged), found: \(found); "
            + "saved though never acknowledged: \(savedUnacknowledged)"
    }
}
