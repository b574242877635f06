/// The key map as Markdown, for `glean keys` and the README: generated from `KeyMap`, so it cannot drift.
public enum KeyMapDocument {
    /// One table per context, global keys first.
    public static func markdown() -> String {
        KeyContext.allCases.map { context in
            let rows = KeyMap.bindings.filter { $0.context == context }.map { binding in
                "| " + binding.keys.map { "`\(escape(KeyBinding.label($0)))`" }.joined(separator: " ")
                    + " | \(binding.help) |"
            }
            return (["#### \(context.name)", "", "| Keys | Action |", "| --- | --- |"] + rows).joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private static func escape(_ label: String) -> String {
        label == "|" ? "\\|" : label
    }
}
