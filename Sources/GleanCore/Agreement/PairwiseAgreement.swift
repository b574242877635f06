extension BinaryTally {
    /// Percentage agreement as a fraction: for each pair of facilitators the share of the units both coded on which
    /// they gave the same code, averaged over the pairs that share a unit.
    var agreement: Coefficient {
        let shares = pairCells.compactMap { cells -> Double? in
            let shared = cells.reduce(0, +)
            return shared == 0 ? nil : Double(cells[0] + cells[3]) / Double(shared)
        }
        guard !shares.isEmpty else { return .undefined(AgreementReason.noSharedUnits) }
        return .defined(shares.reduce(0, +) / Double(shares.count))
    }
}
