/// The ids of a codebook's concerns, and new ones derived from names: the name's lower-case words joined by hyphens
/// (`concern` when it has none), then `-2`, `-3`, … until the id is free.
///
/// Handing out many ids in turn takes time linear in their number, even when they share one name: the ids in use are
/// a set, and each base remembers the suffix to try next.
struct ConcernIDs: Sendable {
    private var taken: Set<String>
    private var nextSuffix: [String: Int] = [:]

    /// The ids `taken`, in use already.
    init(taken: some Sequence<String>) {
        self.taken = Set(taken)
    }

    /// Whether `id` is in use.
    func contains(_ id: String) -> Bool {
        taken.contains(id)
    }

    /// Marks `id` as in use; false when it already was.
    @discardableResult
    mutating func take(_ id: String) -> Bool {
        taken.insert(id).inserted
    }

    /// A free id derived from `name`, now marked as in use.
    mutating func newID(forName name: String) -> String {
        let words = name.lowercased().split { !($0.isLetter || $0.isNumber) }
        let base = words.isEmpty ? "concern" : words.joined(separator: "-")
        var candidate = base
        var suffix = nextSuffix[base] ?? 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        nextSuffix[base] = suffix
        taken.insert(candidate)
        return candidate
    }
}
