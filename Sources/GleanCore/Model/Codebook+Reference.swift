extension Codebook {
    /// The concern `reference` names: by id, by name (ignoring case) when one concern has it, or by its number key
    /// 1–9 as the Reader's number keys do. The one rule every command that takes a concern follows; throws a
    /// `CodebookRefusal` saying what the codebook has instead.
    public func concern(referencedBy reference: String) throws -> Concern {
        if let concern = concern(id: reference) { return concern }
        let named = concerns.filter { $0.name.caseInsensitiveCompare(reference) == .orderedSame }
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw CodebookRefusal(
                "\(named.count) concerns are named “\(reference)”; name one by its id: \(named.map(\.id).joined(separator: ", "))")
        }
        if reference.count == 1, let key = Int(reference), let concern = concern(forKey: key) { return concern }
        throw CodebookRefusal(
            concerns.isEmpty
                ? "there is no concern \"\(reference)\"; the codebook is empty"
                : "there is no concern \"\(reference)\"; the codebook has \(concerns.map(\.id).joined(separator: ", "))")
    }
}
