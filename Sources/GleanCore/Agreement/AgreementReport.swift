/// Agreement between facilitators per concern and over all concerns, at one unit, with the basis it rests on.
///
/// Presence: one unit per log in scope and concern. Character: every character of every section of a log in scope,
/// per concern. "All concerns" pools the units of every concern.
public struct AgreementReport: Equatable, Sendable {
    /// One row of figures: a concern's, or all concerns' pooled.
    public struct Row: Equatable, Sendable {
        /// The concern's id, nil for all concerns.
        public let concernID: String?
        /// The concern's name, or "All concerns".
        public let name: String
        /// Units coded by the facilitators.
        let units: Int
        /// Percentage agreement as a fraction (mean over pairs of facilitators).
        public let agreement: Coefficient
        /// Cohen's kappa (two facilitators only).
        public let kappa: Coefficient
        /// Krippendorff's nominal alpha.
        public let alpha: Coefficient
        /// Krippendorff's unitized alpha, at the character unit only.
        public let unitizedAlpha: Coefficient?
    }

    /// The unit measured.
    public let unit: AgreementUnit
    /// What was compared.
    let scope: AgreementScope
    /// One row per concern, in codebook order.
    public let concerns: [Row]
    /// All concerns pooled.
    public let overall: Row

    /// Measures agreement on `scope` at `unit`.
    public init(scope: AgreementScope, unit: AgreementUnit) {
        self.unit = unit
        self.scope = scope
        switch unit {
        case .presence:
            let tallies = scope.concerns.map { Self.presence(of: $0.id, in: scope) }
            concerns = zip(scope.concerns, tallies).map { Self.row($0.id, $0.name, $1) }
            overall = Self.row(
                nil, Self.allConcerns,
                tallies.reduce(into: BinaryTally(coders: scope.facilitators.count)) { $0.add($1) })
        case .character:
            let tallies = scope.concerns.map { Self.characters(of: $0.id, in: scope) }
            concerns = zip(scope.concerns, tallies).map { Self.row($0.id, $0.name, $1) }
            overall = Self.row(
                nil, Self.allConcerns,
                tallies.reduce(into: ContinuumTally(coders: scope.facilitators.count)) { $0.add($1) })
        }
    }

    /// The name of the pooled row.
    static let allConcerns = "All concerns"

    /// What the figures rest on: "12 logs coded by both ada and ben, 108 units; 3 logs tagged by only some left out".
    public var basis: String {
        var text =
            "\(Self.count(scope.logs.count, "log")) coded by \(scope.facilitatorsPhrase), \(Self.count(overall.units, "unit"))"
        if unit == .character {
            let characters = scope.logs.reduce(0) { $0 + $1.log.sections.reduce(0) { $0 + $1.scalarCount } }
            text += " (\(Self.count(characters, "character")) × \(Self.count(scope.concerns.count, "concern")))"
        }
        if scope.logsLeftOut > 0 {
            text += "; \(Self.count(scope.logsLeftOut, "log")) tagged by only some left out"
        }
        return text
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func presence(of concern: String, in scope: AgreementScope) -> BinaryTally {
        var tally = BinaryTally(coders: scope.facilitators.count)
        for scoped in scope.logs {
            let raisedBy = Set(scoped.quotes.filter { $0.concerns.contains(concern) }.map(\.coder))
            tally.add(scope.facilitators.map { raisedBy.contains($0) })
        }
        return tally
    }

    private static func characters(of concern: String, in scope: AgreementScope) -> ContinuumTally {
        var tally = ContinuumTally(coders: scope.facilitators.count)
        for scoped in scope.logs {
            let tagged = scoped.quotes.filter { $0.concerns.contains(concern) }
            for (index, section) in scoped.log.sections.enumerated() {
                let inSection = tagged.filter { $0.section == index }
                let codings = scope.facilitators.map { coder in inSection.filter { $0.coder == coder }.map(\.range) }
                tally.add(length: section.scalarCount, codings: codings)
            }
        }
        return tally
    }

    private static func row(_ id: String?, _ name: String, _ tally: BinaryTally) -> Row {
        Row(
            concernID: id, name: name, units: tally.units, agreement: tally.agreement, kappa: tally.kappa,
            alpha: tally.alpha, unitizedAlpha: nil)
    }

    private static func row(_ id: String?, _ name: String, _ tally: ContinuumTally) -> Row {
        let characters = tally.characters
        return Row(
            concernID: id, name: name, units: characters.units, agreement: characters.agreement,
            kappa: characters.kappa,
            alpha: characters.alpha, unitizedAlpha: tally.unitizedAlpha)
    }
}
