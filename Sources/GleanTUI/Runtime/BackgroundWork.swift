import Dispatch
import Foundation
import GleanCore

/// Work the runner does off the input thread, each piece reporting back as an event the main loop collects.
///
/// Every piece gets a `CancellationToken`; `cancelAll` stops them all promptly (auto-coding looks at its token every
/// match step). Finished events wait in `takeFinished` until the main loop asks, so the reducer still sees every event
/// on the one thread that runs it.
final class BackgroundWork: @unchecked Sendable {
    private let lock = NSLock()
    private let group = DispatchGroup()
    private var running: [CancellationToken] = []
    private var finished: [Event] = []

    /// Runs `work` on another thread with a fresh token, and queues the event it returns.
    func start(_ work: @escaping @Sendable (CancellationToken) -> Event) {
        let token = CancellationToken()
        lock.withLock { running.append(token) }
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let event = work(token)
            self.lock.withLock {
                self.running.removeAll { $0 === token }
                self.finished.append(event)
            }
        }
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
        lock.withLock { running.forEach { $0.cancel() } }
    }

    /// Cancels everything and waits up to `timeout` for it to stop.
    func cancelAllAndWait(timeout: DispatchTimeInterval = .seconds(5)) {
        cancelAll()
        _ = group.wait(timeout: .now() + timeout)
    }
}
