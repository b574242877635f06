extension Project {
    /// The project with each quote's coder (a facilitator id) replaced by `name(coder)`, so agreement figures name
    /// facilitators as the team knows them.
    public func withCoders(named name: (String) -> String) -> Project {
        var named = self
        for (number, fortnight) in fortnights {
            var renamed = fortnight
            for index in renamed.quotes.indices { renamed.quotes[index].coder = name(renamed.quotes[index].coder) }
            named.fortnights[number] = renamed
        }
        return named
    }
}
