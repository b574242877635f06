import Foundation

/// A count that any thread may add to, for tests that check how often something happens (e.g. a project read).
final class EventCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The count so far.
    var value: Int { lock.withLock { count } }

    /// Adds one.
    func increment() { lock.withLock { count += 1 } }
}
