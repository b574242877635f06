extension Project {
    /// The log with `id` and the fortnight it is in; throws `ScriptingError.unknownLog` when there is none.
    public func findLog(_ id: String) throws(ScriptingError) -> (fortnight: Int, log: Log) {
        for number in fortnights.keys.sorted() {
            if let log = fortnight(number).log(id: id) { return (number, log) }
        }
        throw .unknownLog(id: id)
    }

    /// The quote with `id` and the fortnight it is in; throws `ScriptingError.unknownQuote` when there is none.
    func findQuote(_ id: String) throws(ScriptingError) -> (fortnight: Int, quote: Quote) {
        for number in fortnights.keys.sorted() {
            if let quote = fortnight(number).quotes.first(where: { $0.id == id }) { return (number, quote) }
        }
        throw .unknownQuote(id: id)
    }

    /// The concern `reference` names (see `Codebook.concern(referencedBy:)`); throws `ScriptingError.unknownConcern`.
    public func findConcern(_ reference: String) throws(ScriptingError) -> Concern {
        do {
            return try codebook.concern(referencedBy: reference)
        } catch {
            throw .unknownConcern(error)
        }
    }
}
