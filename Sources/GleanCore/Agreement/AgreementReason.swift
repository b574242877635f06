/// Why a figure is undefined, in the words the command and the screen show after "n/a".
enum AgreementReason {
    /// No unit was coded by two facilitators.
    static let noSharedUnits = "no unit was coded by two facilitators"
    /// Every code is the same, so chance agreement is total and the coefficient divides by zero.
    static let noVariation = "no variation (every unit has the same code)"
    /// Cohen's kappa compares two raters only.
    static let kappaNeedsTwo = "Cohen's kappa compares exactly two facilitators"
}
