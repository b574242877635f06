import Foundation
import GleanCore

/// The Counts screen's table, kept between frames: worked out again only when the project, the window or the coding
/// view changed, so moving about Counts costs the same however large the programme is. (Each fortnight keeps its own
/// digest too, so working the table out again after an edit recounts only the fortnight the edit touched.)
///
/// Memoisation and nothing more: the table is a function of the state, and two states are equal whatever either has
/// kept.
final class CountsMemo: Equatable, @unchecked Sendable {
    /// What the kept table was worked out from.
    struct Key {
        var revision: ProjectRevision
        var window: Int
        var coding: CodingScope

        func matches(_ other: Key) -> Bool {
            revision.isSame(as: other.revision) && window == other.window && coding == other.coding
        }
    }

    private let lock = NSLock()
    private var kept: (key: Key, table: CountsTable, basis: CodingBasis)?

    /// The table and coding basis for `key`, worked out by `make` unless kept for that key already.
    func value(for key: Key, or make: () -> (CountsTable, CodingBasis)) -> (table: CountsTable, basis: CodingBasis) {
        if let kept = lock.withLock({ kept }), kept.key.matches(key) { return (kept.table, kept.basis) }
        let (table, basis) = make()
        lock.withLock { kept = (key, table, basis) }
        return (table, basis)
    }

    static func == (lhs: CountsMemo, rhs: CountsMemo) -> Bool { true }
}

extension AppState {
    /// The counts the Counts screen shows, in the coding view chosen, over the window chosen.
    var shownCounts: CountsTable {
        shownCountsAndBasis.table
    }

    /// Whose coding the shown counts rest on.
    var shownCodingBasis: CodingBasis {
        shownCountsAndBasis.basis
    }

    private var shownCountsAndBasis: (table: CountsTable, basis: CodingBasis) {
        let key = CountsMemo.Key(revision: projectRevision, window: counts.window, coding: coding)
        return countsMemo.value(for: key) {
            let shown = shownProject
            return (CountsTable(project: shown, window: counts.window), CodingBasis(project: shown))
        }
    }
}

/// A token naming one version of `AppState.project`: every change makes a new one, unique in the process, so two
/// copies of a state that changed apart never share one. States are equal whatever their tokens.
struct ProjectRevision: Equatable, Sendable {
    private static let counter = Counter()
    let number: Int

    init() {
        number = Self.counter.next()
    }

    static func == (lhs: ProjectRevision, rhs: ProjectRevision) -> Bool { true }

    /// Whether `self` and `other` name the same version.
    func isSame(as other: ProjectRevision) -> Bool { number == other.number }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var last = 0
        func next() -> Int {
            lock.withLock {
                last += 1
                return last
            }
        }
    }
}
