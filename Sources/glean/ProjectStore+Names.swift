import Foundation
import GleanCore

extension ProjectStore {
    /// The team's names as this store read them, with this machine's own facilitator's name, for messages and tables
    /// that name facilitators.
    func facilitatorNames() -> FacilitatorNames {
        var known = teamNames
        if let me = try? FacilitatorIdentity.current(environment: ProcessInfo.processInfo.environment) {
            known[me.id] = me.name
        }
        return FacilitatorNames(known: known)
    }
}
