import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP socket listening on 127.0.0.1 that nobody is meant to reach: a test points a hostile file at it, then asks
/// whether anything connected. The kernel completes a connection into the backlog without an `accept`, so nothing
/// needs to run while the code under test does.
final class LoopbackListener {
    private let socket: Int32
    /// The port it listens on, chosen by the kernel.
    let port: Int

    /// Starts listening on a free loopback port.
    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound, listen(socket, 16) == 0 else {
            close(socket)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        self.socket = socket
        port = Int(UInt16(bigEndian: address.sin_port))
        _ = fcntl(socket, F_SETFL, O_NONBLOCK)
    }

    /// Whether anything has connected since it started.
    var wasReached: Bool {
        let connection = accept(socket, nil, nil)
        guard connection >= 0 else { return false }
        close(connection)
        return true
    }

    deinit {
        close(socket)
    }
}
