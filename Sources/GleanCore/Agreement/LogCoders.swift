extension Fortnight {
    /// The facilitators who took part in coding each log: those who tagged at least one quote in it (with any
    /// concern). A facilitator who has tagged nothing in a log may not have read it yet, so agreement and
    /// disagreements only compare the facilitators a log holds quotes of. Keyed by log id; logs nobody tagged are
    /// absent.
    func codersByLog(among chosen: Set<String>? = nil) -> [String: Set<String>] {
        var coders: [String: Set<String>] = [:]
        for quote in quotes where chosen?.contains(quote.coder) ?? true {
            coders[quote.log, default: []].insert(quote.coder)
        }
        return coders
    }
}
