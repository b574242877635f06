import Dispatch
import Foundation
import GleanCore

/// Work the runner does off the input thread, each piece reporting back as an event the main loop collects.
///
/// Every piece gets a `CancellationToken`; `cancel` stops the pieces of one kind promptly (auto-coding looks at its
/// token every match step, an export before it renames its staged file into place), `cancelAll` every piece.
/// Finished events wait in `takeFinished` until the main loop asks, so the reducer still sees every event on the one
/// thread that runs it.
final class BackgroundWork: @unchecked Sendable {
    /// What a piece of work does, so that Esc stops one kind of work and leaves the others going.
    enum Kind: Equatable {
        case autocode, export, importReading, sync, pendingCount, fortnightReading
    }

    private let lock = NSLock()
    private let group = DispatchGroup()
    private let queue: DispatchQueue
    private var running: [(kind: Kind, token: CancellationToken)] = []
    private var finished: [Event] = []

    /// Work that runs on `queue`.
    init(queue: DispatchQueue) {
        self.queue = queue
    }

    /// Runs `work` on the queue with a fresh token, and queues the event it returns.
    func start(_ kind: Kind, _ work: @escaping @Sendable (CancellationToken) -> Event) {
        let token = CancellationToken()
        lock.withLock { running.append((kind, token)) }
        queue.async(group: group) {
            let event = work(token)
            self.lock.withLock {
                self.running.removeAll { $0.token === token }
                self.finished.append(event)
            }
        }
    }

    /// Asks every piece of work of `kind` still going to stop.
    func cancel(_ kind: Kind) {
        lock.withLock { running.filter { $0.kind == kind }.forEach { $0.token.cancel() } }
    }

    /// Whether some work has not finished yet.
    var isBusy: Bool {
        lock.withLock { !running.isEmpty }
    }

    /// The events of the work finished since the last call, oldest first.
    func takeFinished() -> [Event] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }

    /// Asks every piece of work still going to stop.
    func cancelAll() {
        lock.withLock { running.forEach { $0.token.cancel() } }
    }

    /// Cancels everything and waits up to `timeout` for it to stop.
    func cancelAllAndWait(timeout: DispatchTimeInterval = .seconds(5)) {
        cancelAll()
        _ = group.wait(timeout: .now() + timeout)
    }
}
