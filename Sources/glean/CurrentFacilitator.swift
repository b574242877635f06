import Foundation
import GleanCore

/// The facilitator running this command, from their identity file (made on first use); a hostile or damaged file
/// is reported, naming the file, and the command fails.
func currentFacilitator() throws -> Facilitator {
    try reportingErrors { try FacilitatorIdentity.current(environment: ProcessInfo.processInfo.environment) }
}
