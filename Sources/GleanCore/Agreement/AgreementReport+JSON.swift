/// The JSON document `glean agreement --json` prints (documented in the README's Agreement section).
struct AgreementDocument: Encodable {
    /// One row's figures; an undefined figure is null and its reason is under `undefined`.
    struct RowEntry: Encodable {
        var id: String?
        var name: String
        var units: Int
        var agreement: Double?
        var kappa: Double?
        var alpha: Double?
        var unitizedAlpha: Double?
        var hasUnitizedAlpha: Bool
        var undefined: [String: String]

        init(_ row: AgreementReport.Row) {
            id = row.concernID
            name = row.name
            units = row.units
            agreement = row.agreement.value
            kappa = row.kappa.value
            alpha = row.alpha.value
            unitizedAlpha = row.unitizedAlpha?.value
            hasUnitizedAlpha = row.unitizedAlpha != nil
            let named =
                [("agreement", row.agreement), ("kappa", row.kappa), ("alpha", row.alpha)]
                + (row.unitizedAlpha.map { [("unitizedAlpha", $0)] } ?? [])
            undefined = Dictionary(
                uniqueKeysWithValues: named.compactMap { name, figure in figure.whyUndefined.map { (name, $0) } })
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(units, forKey: .units)
            try container.encode(agreement, forKey: .agreement)
            try container.encode(kappa, forKey: .kappa)
            try container.encode(alpha, forKey: .alpha)
            if hasUnitizedAlpha { try container.encode(unitizedAlpha, forKey: .unitizedAlpha) }
            try container.encode(undefined, forKey: .undefined)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, units, agreement, kappa, alpha, unitizedAlpha, undefined
        }
    }

    /// What the figures rest on.
    struct BasisEntry: Encodable {
        var logs: Int
        var logsLeftOut: Int
        var units: Int
        var rule: String
        var text: String
    }

    var unit: String
    var fortnight: Int?
    var facilitators: [String]
    var basis: BasisEntry
    var concerns: [RowEntry]
    var overall: RowEntry

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        try container.encode(fortnight, forKey: .fortnight)
        try container.encode(facilitators, forKey: .facilitators)
        try container.encode(basis, forKey: .basis)
        try container.encode(concerns, forKey: .concerns)
        try container.encode(overall, forKey: .overall)
    }

    enum CodingKeys: String, CodingKey {
        case unit, fortnight, facilitators, basis, concerns, overall
    }
}

extension AgreementReport {
    /// The rule that decides which logs count, as the JSON states it.
    static let logRule = "a log counts when every compared facilitator has tagged at least one quote in it"

    /// The report as JSON: sorted keys, pretty-printed, a trailing newline.
    public func json() throws -> String {
        let document = AgreementDocument(
            unit: unit.rawValue, fortnight: scope.fortnight, facilitators: scope.facilitators,
            basis: .init(
                logs: scope.logs.count, logsLeftOut: scope.logsLeftOut, units: overall.units, rule: Self.logRule,
                text: basis),
            concerns: concerns.map(AgreementDocument.RowEntry.init), overall: AgreementDocument.RowEntry(overall))
        return String(decoding: try JSONFormat.snapshot(document), as: UTF8.self)
    }
}
