extension Project {
    /// The project with each quote's coder (a facilitator id) replaced by `name(coder)`, so agreement figures name
    /// facilitators as the team knows them. Two coders given one name stay apart: each gets its id's first characters
    /// after the name, e.g. "facilitator (e88bfc81)".
    public func withCoders(named name: (String) -> String) -> Project {
        let coders = Set(fortnights.values.flatMap { $0.quotes.map(\.coder) })
        let names = Dictionary(uniqueKeysWithValues: coders.map { ($0, name($0)) })
        let shared = Dictionary(grouping: coders, by: { names[$0] ?? $0 }).filter { $0.value.count > 1 }
        let label = { (coder: String) -> String in
            let given = names[coder] ?? coder
            return shared[given] == nil ? given : "\(given) (\(coder.prefix(FacilitatorNames.idPrefixLength)))"
        }
        var named = self
        for (number, fortnight) in fortnights {
            var renamed = fortnight
            for index in renamed.quotes.indices { renamed.quotes[index].coder = label(renamed.quotes[index].coder) }
            named.fortnights[number] = renamed
        }
        return named
    }
}
