extension Codebook {
    /// The concern `reference` names: by id, by name (ignoring case) when one concern has it, or by its number key
    /// 1–9 as the Reader's number keys do. The one rule every command that takes a concern follows; throws a
    /// `ConcernReferenceError` saying what the codebook has instead.
    public func concern(referencedBy reference: String) throws(ConcernReferenceError) -> Concern {
        if let concern = concern(id: reference) { return concern }
        let named = concerns.filter { $0.name.caseInsensitiveCompare(reference) == .orderedSame }
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw .ambiguousName(reference, ids: named.map(\.id))
        }
        if reference.count == 1, let key = Int(reference), let concern = concern(forKey: key) { return concern }
        throw .unknown(reference: reference, known: concerns.map(\.id))
    }
}
