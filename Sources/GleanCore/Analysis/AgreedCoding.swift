extension Project {
    /// The coding the figures rest on: for each decided (log, concern), the concern is taken off the quotes of the
    /// facilitators whose coding was not accepted, and a quote left with no concern is dropped. Where nothing was
    /// decided, everyone's coding counts. Counts, summaries and exports all read the project through this, so their
    /// figures agree; applying it twice changes nothing.
    public func agreedCoding() -> Project {
        var agreed = self
        for (number, fortnight) in fortnights where !fortnight.decisions.isEmpty {
            var accepted: [String: Set<String>] = [:]
            for decision in fortnight.decisions {
                accepted[decision.log + "\u{0}" + decision.concern] = Set(decision.accepted)
            }
            var kept = fortnight
            kept.quotes = fortnight.quotes.compactMap { quote in
                var quote = quote
                quote.concerns = quote.concerns.filter { concern in
                    accepted[quote.log + "\u{0}" + concern]?.contains(quote.coder) ?? true
                }
                return quote.concerns.isEmpty ? nil : quote
            }
            agreed.fortnights[number] = kept
        }
        return agreed
    }
}
