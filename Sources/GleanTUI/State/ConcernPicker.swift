import Foundation
import GleanCore

/// The Reader's concern picker (`t`): every concern, ticked when the selection's quote has it, filtered by what is
/// typed, with "+ Create “…”" as the last choice when no concern has the typed name.
public struct ConcernPicker: Equatable, Sendable {
    /// One row of the picker.
    public enum Option: Equatable, Sendable {
        /// An existing concern.
        case concern(Concern)
        /// A new concern named `name`, to be created in theme `theme` and tagged.
        case create(name: String, theme: String)
    }

    /// The filter being typed.
    public var filter = LineEditor()
    /// The highlighted row.
    public var selected = 0

    /// An empty filter with the first concern highlighted.
    public init() {}

    /// The rows for `codebook`, given the concerns the selection's quote has (`ticked`): the concerns whose name holds
    /// the filter (ignoring case and accents), in codebook order, then the create row when the filter names no concern.
    public func options(_ codebook: Codebook, ticked: [String]) -> [Option] {
        let typed = filter.text.trimmingCharacters(in: .whitespaces)
        let matching = codebook.concerns.filter {
            typed.isEmpty || $0.name.range(of: typed, options: [.caseInsensitive, .diacriticInsensitive]) != nil
        }
        let named = codebook.concerns.contains { $0.name.compare(typed, options: [.caseInsensitive]) == .orderedSame }
        guard !typed.isEmpty, !named else { return matching.map(Option.concern) }
        return matching.map(Option.concern) + [
            .create(name: typed, theme: ConcernPicker.theme(for: codebook, ticked: ticked))
        ]
    }

    /// The theme a concern created from the picker joins: that of the quote's first concern, else that of the
    /// codebook's last concern (the most recently added), else "Concerns".
    static func theme(for codebook: Codebook, ticked: [String]) -> String {
        ticked.first.flatMap { codebook.concern(id: $0)?.theme } ?? codebook.concerns.last?.theme ?? "Concerns"
    }
}
