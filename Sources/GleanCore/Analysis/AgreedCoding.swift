extension Project {
    /// The coding the figures rest on: every fortnight's `agreed()` coding. Counts, summaries and exports all read the
    /// project through this, so their figures agree; applying it twice changes nothing.
    func agreedCoding() -> Project {
        var agreed = self
        for (number, fortnight) in fortnights where !fortnight.decisions.isEmpty {
            agreed.fortnights[number] = fortnight.agreed()
        }
        return agreed
    }
}

extension Fortnight {
    /// The fortnight's coding as decided: for each decided (log, concern), the concern is taken off the quotes of the
    /// facilitators whose coding was not accepted, and a quote left with no concern is dropped. Where nothing was
    /// decided, everyone's coding counts.
    public func agreed() -> Fortnight {
        guard !decisions.isEmpty else { return self }
        var accepted: [String: Set<String>] = [:]
        for decision in decisions {
            accepted[decision.log + "\u{0}" + decision.concern] = Set(decision.accepted)
        }
        var kept = self
        kept.quotes = quotes.compactMap { quote in
            QuoteTagging.removing(
                where: { accepted[quote.log + "\u{0}" + $0]?.contains(quote.coder) == false }, from: quote)
        }
        return kept
    }
}
