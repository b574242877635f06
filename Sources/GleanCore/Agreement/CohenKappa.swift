extension BinaryTally {
    /// Cohen's kappa, (pₒ − pₑ) / (1 − pₑ), for exactly two facilitators: pₒ the share of units on which they agree,
    /// pₑ the agreement expected from each one's own share of 1s (Cohen 1960).
    var kappa: Coefficient {
        guard coders == 2 else { return .undefined(AgreementReason.kappaNeedsTwo) }
        let cells = pairCells[0].map(Double.init)
        let total = cells.reduce(0, +)
        guard total > 0 else { return .undefined(AgreementReason.noSharedUnits) }
        let observed = (cells[0] + cells[3]) / total
        let firstOnes = (cells[2] + cells[3]) / total
        let secondOnes = (cells[1] + cells[3]) / total
        let expected = firstOnes * secondOnes + (1 - firstOnes) * (1 - secondOnes)
        guard 1 - expected > 1e-12 else { return .undefined(AgreementReason.noVariation) }
        return .defined((observed - expected) / (1 - expected))
    }
}
