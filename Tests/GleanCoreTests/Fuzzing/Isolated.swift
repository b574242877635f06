import Foundation
import Glibc

/// Runs a check in a forked child process, so that a crash or a hang in the code under test becomes a reported
/// failure instead of killing or stalling the whole test run.
///
/// The child runs the check, sends its report back over a pipe as JSON and leaves with `_exit`, never returning into
/// the test runner. A forked child has only the calling thread; the test process's other threads are idle Dispatch
/// workers holding no lock the check needs, and a child that stalled on one anyway would be reported as a hang.
enum Isolated {
    /// How a child ended.
    enum Outcome<Report: Equatable>: Equatable {
        /// It ran to the end and sent this report.
        case finished(Report)
        /// A signal killed it; `output` is the start of what it wrote to standard error.
        case crashed(signal: Int32, output: String)
        /// It exited early with this status, or its report could not be read.
        case exited(status: Int32, output: String)
        /// It was still running after the time limit and was killed.
        case timedOut(output: String)

        /// How the child failed to finish, with what it wrote to standard error; nil when it finished.
        var abnormalEnd: String? {
            switch self {
            case .finished: return nil
            case .crashed(let signal, let output):
                let cause = output.split(separator: "\n").first {
                    $0.contains("Fatal error") || $0.contains("runtime failure")
                }
                return "crashed with signal \(signal)\(cause.map { " (\($0))" } ?? ""):\n\(output)"
            case .exited(let status, let output):
                return "exited with status \(status) without a readable report:\n\(output)"
            case .timedOut(let output): return "hung: still running after its time limit\n\(output)"
            }
        }
    }

    /// Runs `check` in a child process, killing it after `timeLimit` seconds.
    static func run<Report: Codable & Equatable>(timeLimit: Double, _ check: () -> Report) -> Outcome<Report> {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return .exited(status: -1, output: "pipe failed: errno \(errno)") }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glean-fuzz-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errors) }
        let pid = fork()
        if pid == 0 {
            close(ends[0])
            dup2(open(errors.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600), 2)
            let report = (try? JSONEncoder().encode(check())) ?? Data()
            report.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(ends[1], buffer.baseAddress! + offset, buffer.count - offset)
                    guard written > 0 else { break }
                    offset += written
                }
            }
            _exit(0)
        }
        close(ends[1])
        defer { close(ends[0]) }
        guard pid > 0 else { return .exited(status: -1, output: "fork failed: errno \(errno)") }
        let sent = readAll(ends[0], until: Date().addingTimeInterval(timeLimit))
        if sent == nil { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = String(
            decoding: (FileManager.default.contents(atPath: errors.path) ?? Data()).prefix(2_000), as: UTF8.self)
        guard let sent else { return .timedOut(output: output) }
        if status & 0x7F != 0 { return .crashed(signal: status & 0x7F, output: output) }
        guard status == 0, let report = try? JSONDecoder().decode(Report.self, from: sent) else {
            return .exited(status: (status >> 8) & 0xFF, output: output)
        }
        return .finished(report)
    }

    /// Everything read from `descriptor` until the writer closes it, or nil if `deadline` passes first.
    private static func readAll(_ descriptor: Int32, until deadline: Date) -> Data? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow * 1_000))
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard remaining > 0 else { return nil }
            let ready = poll(&poller, 1, remaining)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return nil }
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                data.append(contentsOf: buffer[..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}
