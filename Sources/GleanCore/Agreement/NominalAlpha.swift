extension BinaryTally {
    /// Krippendorff's alpha for nominal data, 1 − Dₒ/Dₑ, from the coincidence matrix (Krippendorff 2011, "Computing
    /// Krippendorff's alpha-reliability"): Dₒ = 2·o₀₁ / n and Dₑ = 2·n₀·n₁ / (n·(n − 1)). Missing codes are allowed;
    /// any number of facilitators from two.
    var alpha: Coefficient {
        let total = pairedValues
        guard total > 1 else { return .undefined(AgreementReason.noSharedUnits) }
        let expected = 2 * pairedZeros * pairedOnes / (total * (total - 1))
        guard expected > 0 else { return .undefined(AgreementReason.noVariation) }
        let observed = 2 * coincidence01 / total
        return .defined(1 - observed / expected)
    }
}
