/// A binding's entry in the status bar's hint line: a word or two, and how much it matters when space is short.
public struct KeyHint: Sendable {
    /// What the hint says the keys do, e.g. "tag".
    public var label: String
    /// How the keys are written when not just the binding's first key, e.g. "1-9" or "←→".
    public var keys: String?
    /// Higher stays longer when the line is too narrow; `KeyHint.always` is never dropped.
    public var priority: Int

    /// Creates a hint.
    public init(_ label: String, keys: String? = nil, priority: Int) {
        self.label = label
        self.keys = keys
        self.priority = priority
    }

    /// The priority of the one hint every line keeps, "? help".
    public static let always = Int.max
}
