/// Why a reference to a concern (an id, a name or a number key) names no one concern of the codebook.
public enum ConcernReferenceError: DomainError, Equatable {
    /// No concern has `reference` as its id, name or key; `known` are the codebook's ids (empty when it has none).
    case unknown(reference: String, known: [String])
    /// More than one concern is named `name`; `ids` are theirs.
    case ambiguousName(String, ids: [String])

    public var message: String {
        switch self {
        case .unknown(let reference, let known) where known.isEmpty:
            return "there is no concern \"\(reference)\"; the codebook is empty"
        case .unknown(let reference, let known):
            return "there is no concern \"\(reference)\"; the codebook has \(known.joined(separator: ", "))"
        case .ambiguousName(let name, let ids):
            return "\(ids.count) concerns are named “\(name)”; name one by its id: \(ids.joined(separator: ", "))"
        }
    }
}
