import Foundation

/// The facilitator using this machine: made on first use (a new id, the name from `$USER` until one is set) and kept
/// in `IdentityLocation`'s file.
public enum FacilitatorIdentity {
    /// The current facilitator, creating the identity file on first use.
    public static func current(environment: [String: String]) throws -> Facilitator {
        let folder = try IdentityFile.folder(IdentityLocation(environment: environment))
        let stored =
            try IdentityFile.read(in: folder)
            ?? IdentityFile.create(StoredIdentity(id: UUID().uuidString.lowercased(), name: nil), in: folder)
        return facilitator(stored, environment)
    }

    /// Sets the current facilitator's display name (checked by `FacilitatorName`) and returns the facilitator; nothing
    /// is written when the name is refused.
    @discardableResult
    public static func setName(_ name: String, environment: [String: String]) throws -> Facilitator {
        let location = try IdentityLocation(environment: environment)
        let checked: String
        switch FacilitatorName.checked(name) {
        case .success(let valid): checked = valid
        case .failure(let problem): throw problem
        }
        let folder = try IdentityFile.folder(location)
        let id = try IdentityFile.read(in: folder)?.id ?? UUID().uuidString.lowercased()
        let stored = StoredIdentity(id: id, name: checked)
        try IdentityFile.replace(with: stored, in: folder)
        return facilitator(stored, environment)
    }

    private static func facilitator(_ stored: StoredIdentity, _ environment: [String: String]) -> Facilitator {
        Facilitator(id: stored.id, name: stored.name ?? FacilitatorName.standard(environment: environment))
    }
}
