import GleanCore

/// The Agreement screen: which fortnight and unit it measures, and the selected row.
public struct AgreementState: Equatable, Sendable {
    /// The fortnight whose logs are measured.
    public var fortnight = 1
    /// Presence (did the log raise the concern) or character.
    public var unit = AgreementUnit.presence
    /// The selected row: a concern's, or the last, all concerns.
    public var selected = 0

    /// Creates the screen's state.
    public init(fortnight: Int = 1, unit: AgreementUnit = .presence, selected: Int = 0) {
        self.fortnight = fortnight
        self.unit = unit
        self.selected = selected
    }
}

extension AppState {
    /// The Agreement screen's report on every facilitator who tagged in its fortnight, or the reason there is none
    /// (fewer than two facilitators).
    public var agreementReport: Result<AgreementReport, EffectFailure> {
        let named = project.withCoders { coding.me.id == $0 ? coding.me.name : coding.names.name(of: $0) }
        return Result { try AgreementScope(project: named, fortnight: agreement.fortnight) }
            .map { AgreementReport(scope: $0, unit: agreement.unit) }
            .mapError(EffectFailure.init)
    }
}
