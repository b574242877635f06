extension Project {
    /// Applies `change` and returns the change that undoes it.
    @discardableResult
    mutating func apply(_ change: Change) -> Change {
        switch change {
        case .putQuote(let number, let quote):
            var fortnight = self.fortnight(number)
            let inverse: Change
            if let index = fortnight.quotes.firstIndex(where: { $0.id == quote.id }) {
                inverse = .putQuote(fortnight: number, quote: fortnight.quotes[index])
                fortnight.quotes.remove(at: index)
            } else {
                inverse = .removeQuote(fortnight: number, id: quote.id)
            }
            let position = fortnight.quotes.firstIndex { Quote.precedes(quote, $0) } ?? fortnight.quotes.endIndex
            fortnight.quotes.insert(quote, at: position)
            fortnights[number] = fortnight
            return inverse
        case .removeQuote(let number, let id):
            guard var fortnight = fortnights[number], let index = fortnight.quotes.firstIndex(where: { $0.id == id })
            else { return change }
            let removed = fortnight.quotes.remove(at: index)
            fortnights[number] = fortnight
            return .putQuote(fortnight: number, quote: removed)
        case .putConcern(let concern, let position):
            if let index = codebook.index(of: concern.id) {
                let old = codebook.concerns[index]
                codebook.concerns[index] = concern
                return .putConcern(concern: old, position: index)
            }
            let index = min(max(position ?? codebook.concerns.count, 0), codebook.concerns.count)
            codebook.concerns.insert(concern, at: index)
            return .removeConcern(id: concern.id)
        case .removeConcern(let id):
            guard let index = codebook.index(of: id) else { return change }
            let removed = codebook.concerns.remove(at: index)
            return .putConcern(concern: removed, position: index)
        case .setNote(let number, let note):
            var fortnight = self.fortnight(number)
            let old = fortnight.note
            fortnight.note = note
            fortnights[number] = fortnight
            return .setNote(fortnight: number, note: old)
        case .setAttribution(let setting):
            let old = attribution
            attribution = setting
            return .setAttribution(old)
        case .setAttributes(let code, let attributes):
            guard let index = participants.firstIndex(where: { $0.code == code }) else { return change }
            let old = participants[index].attributes
            participants[index].attributes = attributes
            return .setAttributes(participant: code, attributes: old)
        case .setKeyConcernRule(let rule):
            let old = keyConcernRule
            keyConcernRule = rule
            return .setKeyConcernRule(rule: old)
        case .setLogDone(let number, let log, let done):
            var fortnight = self.fortnight(number)
            let old = fortnight.done.contains(log)
            if done { fortnight.done.insert(log) } else { fortnight.done.remove(log) }
            fortnights[number] = fortnight
            return .setLogDone(fortnight: number, log: log, done: old)
        case .decideCoding(let number, let decision):
            var fortnight = self.fortnight(number)
            let old = fortnight.decision(log: decision.log, concern: decision.concern)
            fortnight.decisions.removeAll { $0.log == decision.log && $0.concern == decision.concern }
            let position =
                fortnight.decisions.firstIndex { CodingDecision.precedes(decision, $0) } ?? fortnight.decisions.endIndex
            fortnight.decisions.insert(decision, at: position)
            fortnights[number] = fortnight
            return old.map { .decideCoding(fortnight: number, decision: $0) }
                ?? .withdrawDecision(fortnight: number, log: decision.log, concern: decision.concern)
        case .withdrawDecision(let number, let log, let concern):
            guard var fortnight = fortnights[number], let old = fortnight.decision(log: log, concern: concern) else {
                return change
            }
            fortnight.decisions.removeAll { $0.log == log && $0.concern == concern }
            fortnights[number] = fortnight
            return .decideCoding(fortnight: number, decision: old)
        }
    }

    /// Applies every change of `edit` in order and returns the edit that undoes it.
    @discardableResult
    public mutating func apply(_ edit: Edit) -> Edit {
        let inverses = edit.changes.map { apply($0) }
        return Edit(summary: edit.summary, changes: inverses.reversed())
    }
}
