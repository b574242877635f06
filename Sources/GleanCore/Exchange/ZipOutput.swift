import Foundation
import Glibc

/// Where `ZipStreamWriter` puts an archive's bytes: appended in order, with a few bytes written earlier (an entry's
/// header) replaced once the entry is complete.
protocol ZipOutput: AnyObject {
    /// Appends `bytes`.
    func append(_ bytes: UnsafeRawBufferPointer) throws
    /// Replaces the bytes written at `offset` with `bytes`.
    func overwrite(at offset: UInt64, with bytes: [UInt8]) throws
    /// Writes out whatever is still held back.
    func flush() throws
}

/// An archive kept in memory, for small archives and tests.
final class ZipMemoryOutput: ZipOutput {
    /// The archive's bytes so far.
    private(set) var data = Data()

    func append(_ bytes: UnsafeRawBufferPointer) {
        data.append(contentsOf: bytes)
    }

    func overwrite(at offset: UInt64, with bytes: [UInt8]) {
        data.replaceSubrange(Int(offset)..<Int(offset) + bytes.count, with: bytes)
    }

    func flush() {}
}

/// An archive written to an open file, a megabyte at a time (by default), so that memory stays flat however large the
/// archive.
final class ZipFileOutput: ZipOutput {
    private let file: Int32
    private let path: String
    private var buffer: [UInt8] = []
    /// How many bytes have left the buffer for the file.
    private var flushed: UInt64 = 0
    private let bufferSize: Int

    /// Writes to `file`, named `path` in messages, from its current position, which must be its start, holding back
    /// up to `bufferSize` bytes at a time.
    init(file: Int32, path: String, bufferSize: Int = 1 << 20) {
        self.file = file
        self.path = path
        self.bufferSize = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= bufferSize { try flush() }
    }

    func overwrite(at offset: UInt64, with bytes: [UInt8]) throws {
        if offset >= flushed {
            let start = Int(offset - flushed)
            return buffer.replaceSubrange(start..<start + bytes.count, with: bytes)
        }
        try flush()
        let written = bytes.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, off_t(offset)) }
        guard written == bytes.count else {
            throw ProjectError(file: path, problem: "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    func flush() throws {
        try buffer.withUnsafeBytes { try FolderDescriptor.writeAll($0, to: file, path: path) }
        flushed += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
