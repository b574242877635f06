import Foundation

/// A flag one thread raises to ask work running on another to stop; the work looks at it often and stops promptly.
public final class CancellationToken: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    /// A token not yet cancelled.
    public init() {}

    /// Asks the work to stop. Safe to call from any thread, more than once.
    public func cancel() {
        lock.withLock { cancelled = true }
    }

    /// Whether `cancel()` has been called.
    var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// Throws `CancellationError` once `cancel()` has been called.
    public func check() throws {
        if isCancelled { throw CancellationError() }
    }
}
