extension ContinuumTally {
    /// Krippendorff's unitized alpha (uα) for one value against gaps, every facilitator coding the whole continuum:
    /// uα = 1 − (l·· − Σ_c o_cc) / (l·· − Σ_c e_cc), with c ∈ {coded, gap} (Krippendorff, Mathet, Bouvry & Widlöcher
    /// 2016, "On the reliability of unitizing textual continua: further developments", Quality & Quantity 50, which
    /// revises Krippendorff 1995/2004):
    /// - o_cc, the observed coincidences: for every ordered pair of facilitators, the length of the intersections of
    ///   their stretches both valued c, over m − 1 (here the character coincidences);
    /// - l·· = Σ o (m × the continuum's length) and l_c· the row sums;
    /// - e_cc = l·· · (l_c·² − Σ w) / (l··² − Σ_all w), where a coded run of length ℓ weighs ℓ² (its characters pair
    ///   with one another) and a gap weighs its length (its characters are each their own unit).
    var unitizedAlpha: Coefficient {
        let total = characters.pairedValues
        let coded = characters.pairedOnes
        let gaps = characters.pairedZeros
        guard total > 0 else { return .undefined(AgreementReason.noSharedUnits) }
        let denominator = total * total - (squaredRunLengths + gaps)
        guard denominator > 0 else { return .undefined(AgreementReason.noVariation) }
        let expectedCoded = total * (coded * coded - squaredRunLengths) / denominator
        let expectedGaps = total * (gaps * gaps - gaps) / denominator
        let expected = total - expectedCoded - expectedGaps
        guard expected > 1e-9, coded > 0, gaps > 0 else { return .undefined(AgreementReason.noVariation) }
        let observed = total - characters.coincidence11 - characters.coincidence00
        return .defined(1 - observed / expected)
    }
}
