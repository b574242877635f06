import CZlib
import Foundation

/// Writes a zip archive one entry after another, each deflated as its bytes arrive, so that neither an entry nor the
/// archive is ever whole in memory; the central directory (about a hundred bytes an entry) is written at the end.
///
/// The archive is laid out byte for byte as ZIPFoundation lays out one made entry by entry, as Glean's exports were
/// before: UTF-8 names, deflate at zlib's default level, every entry dated 1 January 2020 (so the same files always
/// give the same bytes), ZIP64 end records once there are 65,535 entries or more. It is written here rather than
/// with ZIPFoundation's `Archive` because adding an entry there rereads and rewrites the whole central directory,
/// which makes an archive of n entries cost n² (minutes at 100,000 logs), and because its deflate needs each entry's
/// size before the first byte. zlib is the one ZIPFoundation links (its `CZlib` module).
///
/// An entry of 4 GiB or more is refused, as its header would need ZIP64 fields before its size is known.
final class ZipStreamWriter {
    private let output: ZipOutput
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var deflated = [UInt8](repeating: 0, count: 1 << 16)
    /// Bytes written to `output` so far.
    private var offset: UInt64 = 0
    private var centralDirectory: [UInt8] = []
    private var entries: UInt64 = 0
    /// The entry being written: its name, where its header is, and its checksum and sizes so far.
    private var current: (name: [UInt8], header: UInt64, crc: UInt32, size: UInt64, compressed: UInt64)?

    private static let date: UInt16 = 20513  // 2020-01-01 in MS-DOS form: day 1, month 1, year 1980 + 40.
    private static let madeBy: UInt16 = 789, versionNeeded: UInt16 = 20, utf8Names: UInt16 = 2048, deflate: UInt16 = 8
    private static let fileAttributes: UInt32 = (0o100000 | 0o644) << 16

    /// A writer appending to `output`.
    init(_ output: ZipOutput) throws {
        self.output = output
        stream.initialize(to: z_stream())
        guard
            deflateInit2_(
                stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            throw ArchiveError.compressorDidNotStart
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Adds the entry `path` holding `bytes`.
    func addEntry(_ path: String, _ bytes: some Collection<UInt8>) throws {
        try beginEntry(path)
        try write(bytes)
        try endEntry()
    }

    /// Starts the entry `path`, whose bytes follow by `write` until `endEntry`.
    func beginEntry(_ path: String) throws {
        precondition(current == nil, "an entry is already open")
        let name = Array(path.utf8)
        current = (name, offset, 0, 0, 0)
        var header = ZipBytes()
        header.u32(0x0403_4B50)
        header.u16(Self.versionNeeded)
        header.u16(Self.utf8Names)
        header.u16(Self.deflate)
        header.u16(0)
        header.u16(Self.date)
        header.u32(0)
        header.u32(0)
        header.u32(0)
        header.u16(UInt16(name.count))
        header.u16(0)
        header.bytes += name
        try emit(header.bytes)
    }

    /// Appends `bytes` to the open entry.
    func write(_ bytes: some Collection<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        try bytes.withContiguousStorageIfAvailable { try deflate($0, finishing: false) }
            ?? Array(bytes).withUnsafeBufferPointer { try deflate($0, finishing: false) }
    }

    /// Finishes the open entry and fills in its header.
    func endEntry() throws {
        try deflate(UnsafeBufferPointer(start: nil, count: 0), finishing: true)
        guard deflateReset(stream) == Z_OK, let entry = current else { throw ArchiveError.compressorDidNotRestart }
        current = nil
        guard entry.size < UInt64(UInt32.max), entry.compressed < UInt64(UInt32.max) else {
            throw ArchiveError.entryTooLarge(
                entry: IncomingText.singleLine(String(decoding: entry.name, as: UTF8.self)))
        }
        var sizes = ZipBytes()
        sizes.u32(entry.crc)
        sizes.u32(UInt32(entry.compressed))
        sizes.u32(UInt32(entry.size))
        try output.overwrite(at: entry.header + 14, with: sizes.bytes)
        var record = ZipBytes()
        record.u32(0x0201_4B50)
        record.u16(Self.madeBy)
        record.u16(Self.versionNeeded)
        record.u16(Self.utf8Names)
        record.u16(Self.deflate)
        record.u16(0)
        record.u16(Self.date)
        record.bytes += sizes.bytes
        record.u16(UInt16(entry.name.count))
        let zip64Offset = entry.header >= UInt64(UInt32.max)
        record.u16(zip64Offset ? 12 : 0)
        record.u16(0)
        record.u16(0)
        record.u16(0)
        record.u32(Self.fileAttributes)
        record.u32(zip64Offset ? UInt32.max : UInt32(entry.header))
        record.bytes += entry.name
        if zip64Offset {
            record.u16(1)
            record.u16(8)
            record.u64(entry.header)
        }
        centralDirectory += record.bytes
        entries += 1
    }

    /// Writes the central directory and the end records, and flushes the output.
    func finish() throws {
        precondition(current == nil, "an entry is still open")
        let start = offset
        let size = UInt64(centralDirectory.count)
        try emit(centralDirectory)
        centralDirectory = []
        var end = ZipBytes()
        if entries >= UInt64(UInt16.max) || start >= UInt64(UInt32.max) || size >= UInt64(UInt32.max) {
            end.u32(0x0606_4B50)
            end.u64(44)
            end.u16(Self.madeBy)
            end.u16(45)
            end.u32(0)
            end.u32(0)
            end.u64(entries)
            end.u64(entries)
            end.u64(size)
            end.u64(start)
            end.u32(0x0706_4B50)
            end.u32(0)
            end.u64(offset)
            end.u32(1)
        }
        end.u32(0x0605_4B50)
        end.u16(0)
        end.u16(0)
        end.u16(UInt16(min(entries, UInt64(UInt16.max))))
        end.u16(UInt16(min(entries, UInt64(UInt16.max))))
        end.u32(UInt32(min(size, UInt64(UInt32.max))))
        end.u32(UInt32(min(start, UInt64(UInt32.max))))
        end.u16(0)
        try emit(end.bytes)
        try output.flush()
    }

    /// Deflates `input` into the output, to the end of the entry when `finishing`.
    private func deflate(_ input: UnsafeBufferPointer<UInt8>, finishing: Bool) throws {
        guard var entry = current else { preconditionFailure("no entry is open") }
        if !input.isEmpty { entry.crc = UInt32(crc32(uLong(entry.crc), input.baseAddress, uInt(input.count))) }
        entry.size += UInt64(input.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = uInt(input.count)
        var result: Int32
        repeat {
            result = deflated.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(buffer.count)
                return CZlib.deflate(stream, finishing ? Z_FINISH : Z_NO_FLUSH)
            }
            guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                throw ArchiveError.compressionFailed
            }
            let produced = deflated.count - Int(stream.pointee.avail_out)
            try emit(deflated[..<produced])
            entry.compressed += UInt64(produced)
        } while stream.pointee.avail_out == 0 || (finishing && result != Z_STREAM_END)
        current = entry
    }

    private func emit(_ bytes: some Collection<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        try bytes.withContiguousStorageIfAvailable { try output.append(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { try output.append($0) }
        offset += UInt64(bytes.count)
    }
}

/// The little-endian fields of a zip header.
private struct ZipBytes {
    var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
}
