/// The status bar's key hints, built from the key table so they cannot drift from what the keys do.
public enum HintLine {
    /// The hints of `context` that fit in `width` columns: the most important first and those always kept (such as
    /// "? help") last, dropping the least important until the line fits.
    public static func text(for context: KeyContext, width: Int) -> String {
        let hinted = KeyMap.applying(in: context).filter { $0.hint != nil }
        let kept = hinted.filter { $0.hint?.priority == KeyHint.always }.compactMap(\.hintText)
        let optional = hinted.enumerated().filter { $0.element.hint?.priority != KeyHint.always }
            .sorted { ($0.element.hint?.priority ?? 0, -$0.offset) > ($1.element.hint?.priority ?? 0, -$1.offset) }
            .compactMap(\.element.hintText)
        var shown = optional.count
        while shown > 0, DisplayWidth.of(join(optional.prefix(shown) + kept)) > width { shown -= 1 }
        return join(optional.prefix(shown) + kept)
    }

    private static func join(_ parts: [String]) -> String {
        parts.joined(separator: " · ")
    }
}
