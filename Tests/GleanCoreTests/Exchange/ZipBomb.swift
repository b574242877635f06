import Foundation
import ZIPFoundation

/// Zip archives with entries far larger unpacked than packed, written on the fly, and with headers that lie.
enum ZipBomb {
    /// An entry: its path and either its bytes or a size of repeated `byte`.
    enum Content {
        case data(Data)
        case repeated(UInt8, count: Int)
    }

    /// Writes an archive of `entries` (deflated) to a new file and returns its URL.
    static func write(_ entries: [(path: String, content: Content)]) throws -> URL {
        let url = try ExchangeTestSupport.folder().appendingPathComponent("bomb.qdpx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, content) in entries {
            let size: Int
            let bytes: (Int64, Int) -> Data
            switch content {
            case .data(let data):
                size = data.count
                bytes = { position, count in data.subdata(in: Int(position)..<Int(position) + count) }
            case .repeated(let byte, let count):
                size = count
                bytes = { _, count in Data(repeating: byte, count: count) }
            }
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
                bufferSize: 1 << 20, provider: bytes)
        }
        return url
    }

    /// Rewrites, in the archive at `url`, the header fields of the entry at `path` in both its local header and the
    /// central directory: the declared unpacked size and/or the CRC-32.
    static func lie(in url: URL, about path: String, uncompressedSize: UInt32? = nil, crc32: UInt32? = nil) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        let name = Array(path.utf8)
        var patched = 0
        for index in 0..<(bytes.count - 46) where bytes[index] == 0x50 && bytes[index + 1] == 0x4B {
            // Local file header: name at 30, CRC at 14, unpacked size at 22. Central directory header: name at 46,
            // CRC at 16, unpacked size at 24.
            let (nameAt, crcAt, sizeAt): (Int, Int, Int)
            switch (bytes[index + 2], bytes[index + 3]) {
            case (0x03, 0x04): (nameAt, crcAt, sizeAt) = (30, 14, 22)
            case (0x01, 0x02): (nameAt, crcAt, sizeAt) = (46, 16, 24)
            default: continue
            }
            guard index + nameAt + name.count <= bytes.count,
                Array(bytes[index + nameAt..<index + nameAt + name.count]) == name
            else { continue }
            if let uncompressedSize { put(uncompressedSize, at: index + sizeAt, in: &bytes) }
            if let crc32 { put(crc32, at: index + crcAt, in: &bytes) }
            patched += 1
        }
        precondition(patched == 2, "expected one local and one central header for \(path), patched \(patched)")
        try Data(bytes).write(to: url)
    }

    private static func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for byte in 0..<4 { bytes[offset + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }
}
