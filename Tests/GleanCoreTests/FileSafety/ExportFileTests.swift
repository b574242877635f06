import Foundation
import XCTest

@testable import GleanCore

/// Exports go only to a new path or over a regular file; devices, fifos, sockets, folders and links are refused and
/// left exactly as they were.
final class ExportFileTests: XCTestCase {
    private var scratch: URL!
    private let data = Data("# Summary\n".utf8)

    override func setUp() {
        scratch = Fixtures.temporaryFolder()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Asserts that exporting to `url` is refused, naming it and saying what it is.
    private func assertRefused(_ url: URL, is kind: String, file: StaticString = #filePath, line: UInt = #line) {
        let path = url.path
        let data = data
        let outcome = finishing(within: 5, "exporting to \(kind)", file: file, line: line) {
            Result { try ExportFile.write(data, to: URL(fileURLWithPath: path), replacing: true) }
        }
        guard case .failure(let error)? = outcome else {
            return XCTFail("exporting to \(kind) was not refused", file: file, line: line)
        }
        XCTAssertEqual(
            "\(error)",
            "\(url.standardizedFileURL.path): not a regular file (\(kind)); Glean writes exports only to new files or regular files",
            file: file, line: line)
    }

    /// The `lstat` of `url`.
    private func status(_ url: URL) -> stat {
        var status = stat()
        XCTAssertEqual(lstat(url.path, &status), 0, url.path)
        return status
    }

    func testANewPathAndARegularFileAreWrittenOwnerOnly() throws {
        let url = scratch.appendingPathComponent("summary.md")
        XCTAssertEqual(try ExportFile.destination(url), .newFile)
        try ExportFile.write(data, to: url, replacing: true)
        XCTAssertEqual(try ExportFile.destination(url), .regularFile)
        try ExportFile.write(data + data, to: url, replacing: true)
        XCTAssertEqual(try Data(contentsOf: url), data + data)
        XCTAssertEqual(status(url).st_mode & 0o777, 0o600)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["summary.md"],
            "no temporary file is left")
    }

    func testAFifoIsNeitherOpenedNorReplaced() throws {
        let fifo = scratch.appendingPathComponent("pipe")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(reader, 0, "a reader is kept open so a write could not block the test")
        defer { close(reader) }
        assertRefused(fifo, is: "a fifo")
        XCTAssertEqual(status(fifo).st_mode & S_IFMT, S_IFIFO, "still a fifo")
        var byte: UInt8 = 0
        XCTAssertLessThanOrEqual(read(reader, &byte, 1), 0, "nothing was written into the fifo")
    }

    func testDevNullStaysADevice() throws {
        let devNull = URL(fileURLWithPath: "/dev/null")
        let before = status(devNull)
        assertRefused(devNull, is: "a character device")
        XCTAssertEqual(status(devNull).st_mode & S_IFMT, S_IFCHR, "/dev/null is still a character device")
        XCTAssertEqual(status(devNull).st_rdev, before.st_rdev)
    }

    /// As `testDevNullStaysADevice`, on a device node of its own (the same device as /dev/null), so the protection can
    /// be removed to see this fail without harming the machine's /dev/null.
    func testADeviceNodeStaysADevice() throws {
        let before = status(URL(fileURLWithPath: "/dev/null"))
        let device = scratch.appendingPathComponent("null-copy")
        guard mknod(device.path, S_IFCHR | 0o666, before.st_rdev) == 0 else {
            throw XCTSkip("cannot make a device node here (not root, or no CAP_MKNOD)")
        }
        assertRefused(device, is: "a character device")
        XCTAssertEqual(status(device).st_mode & S_IFMT, S_IFCHR, "the device node is still a character device")
        XCTAssertEqual(status(device).st_rdev, before.st_rdev)
    }

    func testFoldersSocketsAndLinksAreRefusedAndUntouched() throws {
        let victim = try Victim(in: scratch)
        let folder = scratch.appendingPathComponent("folder", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        assertRefused(folder, is: "a folder")
        assertRefused(URL(fileURLWithPath: folder.path + "/."), is: "a folder")

        let socketPath = scratch.appendingPathComponent("socket")
        let socket = try Self.bindSocket(at: socketPath)
        defer { close(socket) }
        assertRefused(socketPath, is: "a socket")
        XCTAssertEqual(status(socketPath).st_mode & S_IFMT, S_IFSOCK)

        for (name, target) in [("to-file", victim.file), ("to-folder", victim.folder), ("dangling", victim.missing)] {
            let link = scratch.appendingPathComponent(name)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            assertRefused(link, is: "a symbolic link")
            XCTAssertEqual(status(link).st_mode & S_IFMT, S_IFLNK, "\(name) is still a link")
        }
        try victim.assertUntouched("exports onto links")
    }

    /// A Unix socket bound at `url`.
    private static func bindSocket(at url: URL) throws -> Int32 {
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in url.path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard socket >= 0, bound == 0 else { throw XCTSkip("cannot bind a Unix socket here") }
        return socket
    }
}
