extension Project {
    /// The log with `id` and the fortnight it is in; throws a `ProjectError` naming `option` and the id when there is
    /// none.
    public func findLog(_ id: String, option: String = "--log") throws -> (fortnight: Int, log: Log) {
        for number in fortnights.keys.sorted() {
            if let log = fortnight(number).log(id: id) { return (number, log) }
        }
        throw ProjectError(file: option, problem: "there is no log \"\(id)\"; glean logs lists them")
    }

    /// The quote with `id` and the fortnight it is in; throws a `ProjectError` naming the id when there is none.
    func findQuote(_ id: String, option: String = "QUOTE") throws -> (fortnight: Int, quote: Quote) {
        for number in fortnights.keys.sorted() {
            if let quote = fortnight(number).quotes.first(where: { $0.id == id }) { return (number, quote) }
        }
        throw ProjectError(file: option, problem: "there is no quote \"\(id)\"; glean quotes lists them")
    }

    /// The concern `reference` names (see `Codebook.concern(referencedBy:)`); throws a `ProjectError` naming `option`.
    public func findConcern(_ reference: String, option: String = "--concern") throws -> Concern {
        do {
            return try codebook.concern(referencedBy: reference)
        } catch let refusal as CodebookRefusal {
            throw ProjectError(file: option, problem: refusal.problem)
        }
    }
}
