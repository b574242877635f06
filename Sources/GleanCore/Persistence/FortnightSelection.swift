/// Which fortnights opening a project reads in full; the others stand as their digests (`Project.unread`) when a
/// digest made from their files as they are now is at hand, and are read in full when not.
public struct FortnightSelection: Equatable, Sendable {
    /// Whether every fortnight is read.
    var everything: Bool
    /// Whether the latest fortnight is read.
    var latest: Bool
    /// Fortnights read whatever else is chosen.
    var numbers: Set<Int>

    /// Every fortnight: the whole project in memory.
    public static let all = FortnightSelection(everything: true, latest: true, numbers: [])
    /// The latest fortnight: what the interface's first screen shows.
    public static let latest = FortnightSelection(everything: false, latest: true, numbers: [])

    /// Only fortnights `numbers` (none, for counts).
    public static func only(_ numbers: Set<Int>) -> FortnightSelection {
        FortnightSelection(everything: false, latest: false, numbers: numbers)
    }

    /// This selection with fortnights `extra` read as well.
    func adding(_ extra: Set<Int>) -> FortnightSelection {
        FortnightSelection(everything: everything, latest: latest, numbers: numbers.union(extra))
    }

    /// Whether fortnight `number` of the fortnights `numbers` (sorted) is read in full.
    func includes(_ number: Int, of numbers: [Int]) -> Bool {
        everything || (latest && number == numbers.last) || self.numbers.contains(number)
    }
}
