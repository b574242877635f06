/// The concerns a programme codes against, in display order, grouped by theme.
public struct Codebook: Codable, Equatable, Sendable {
    /// Every concern, in the order they are listed.
    public var concerns: [Concern]

    /// Creates a codebook.
    public init(concerns: [Concern] = []) {
        self.concerns = concerns
    }

    /// The themes in the order their first concern appears.
    public var themes: [String] {
        var seen = Set<String>()
        return concerns.map(\.theme).filter { seen.insert($0).inserted }
    }

    /// The concern with `id`, if any.
    public func concern(id: String) -> Concern? {
        concerns.first { $0.id == id }
    }

    /// The concern bound to number key `key`, if any.
    public func concern(forKey key: Int) -> Concern? {
        concerns.first { $0.key == key }
    }

    /// The position of the concern with `id`, if any.
    public func index(of id: String) -> Int? {
        concerns.firstIndex { $0.id == id }
    }

    /// The palette new concerns take their colours from, in turn.
    public static let palette = [
        "#2E8B57", "#20B2AA", "#4169E1", "#9ACD32", "#DC143C", "#FF8C00", "#BA55D3", "#1E90FF", "#FFD700", "#C0C0C0",
    ]

    /// A new id derived from `name` (lower-case words joined by hyphens), unique in this codebook.
    public func newID(forName name: String) -> String {
        var ids = ConcernIDs(taken: concerns.map(\.id))
        return ids.newID(forName: name)
    }

    /// The lowest number key 1–9 that no concern uses, if any.
    public var freeKey: Int? {
        let used = Set(concerns.compactMap(\.key))
        return (1...9).first { !used.contains($0) }
    }
}
