/// One agreement figure: a value, or the reason it is undefined (never NaN).
public struct Coefficient: Equatable, Sendable {
    /// The figure, when defined.
    public let value: Double?
    /// Why there is no figure, when `value` is nil.
    let whyUndefined: String?

    /// A defined figure.
    static func defined(_ value: Double) -> Coefficient {
        value.isFinite ? Coefficient(value: value, whyUndefined: nil) : undefined("the figure is not a finite number")
    }

    /// An undefined figure and the reason, e.g. "every unit has the same value".
    static func undefined(_ reason: String) -> Coefficient {
        Coefficient(value: nil, whyUndefined: reason)
    }

    /// The value to three decimals ("0.600", "-0.125"), or "n/a".
    public var text: String {
        guard let value else { return "n/a" }
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        let fraction = String(magnitude % 1000)
        return "\(sign)\(magnitude / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
