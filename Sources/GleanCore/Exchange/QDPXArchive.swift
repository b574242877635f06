import Foundation
import ZIPFoundation

/// A QDPX archive, read liberally but only as far as needed: the one `.qde` file whatever its name, and the source
/// texts it refers to, found by `internal://` path, relative path or bare file name, in `sources/` or `Sources/` or
/// anywhere, a `.txt` standing in for a `.docx` of the same name.
///
/// Opening reads only the archive's directory. An entry is unpacked only when the `.qde` (or the `.qde` itself) is
/// read, streamed and capped as it is unpacked — at `InputLimits.exchangeXMLBytes` for the `.qde` and
/// `InputLimits.sourceEntryBytes` for a source — since the size an entry's header declares may lie. Entries are only
/// ever looked up by name and read into memory: nothing in an archive is written to disk, so a path such as `../x`
/// or `/etc/x` is just a name.
///
/// A source's name must pick one entry: when two entries share the file name a reference is matched by (ignoring
/// case and folder, e.g. `sources/x.txt` and `Sources/X.TXT`), reading that source is refused, naming both, since
/// other tools would take a different one than Glean. Entries compressed other than stored or deflated are refused
/// as such, not as damaged.
struct QDPXArchive {
    /// The archive's name in messages.
    let name: String
    private let archive: Archive
    /// The `.qde` entries.
    private let projectEntries: [Entry]
    /// The file entries by file name in lower case, sorted by path.
    private let entriesByFileName: [String: [Entry]]
    private let tally: EntryTally?

    /// Opens the archive at `url` and indexes its entries by file name, once: the archive's directory is read only
    /// here, so finding a source's text costs the same however many entries there are. `tally`, when given, counts
    /// the entries listed and unpacked.
    init(_ url: URL, name: String, tally: EntryTally? = nil) throws {
        self.name = name
        self.tally = tally
        guard let archive = try? Archive(url: url, accessMode: .read) else {
            throw ProjectError(file: name, problem: "this is not a zip archive (a .qdpx file is one)")
        }
        self.archive = archive
        var projectEntries: [Entry] = []
        var entriesByFileName: [String: [Entry]] = [:]
        for entry in archive {
            tally?.listed += 1
            guard entry.type == .file, !entry.path.hasPrefix("__MACOSX/") else { continue }
            let fileName = Self.lastComponent(entry.path[...]).lowercased()
            if fileName.hasSuffix(".qde") { projectEntries.append(entry) }
            entriesByFileName[fileName, default: []].append(entry)
        }
        self.projectEntries = projectEntries.sorted { $0.path < $1.path }
        self.entriesByFileName = entriesByFileName.mapValues { $0.sorted { $0.path < $1.path } }
    }

    /// The project XML: the archive's only `.qde` file, unpacked up to `InputLimits.exchangeXMLBytes`.
    func projectXML() throws -> (path: String, data: Data) {
        guard projectEntries.count == 1, let entry = projectEntries.first else {
            throw ProjectError(
                file: name,
                problem: projectEntries.isEmpty
                    ? "there is no .qde file in the archive"
                    : "there are several .qde files: \(projectEntries.map { IncomingText.singleLine($0.path) }.joined(separator: ", "))"
            )
        }
        return (entry.path, try read(entry, limit: InputLimits.exchangeXMLBytes, kind: "project XML (.qde)"))
    }

    /// The text a source's `plain` or `rich` path points to, or failing those `<guid>.txt`; nil when the archive
    /// holds none of them.
    ///
    /// - Throws: `ProjectError` when the entry unpacks to more than `InputLimits.sourceEntryBytes`, is damaged or
    ///   compressed in a way Glean cannot read, or when several entries answer to the name.
    func text(plain: String?, rich: String?, guid: String) throws -> String? {
        let names = [plain, rich.map(Self.textName), "\(guid).txt"].compactMap { $0 }.map(Self.fileName)
        for candidate in names.flatMap({ [$0, Self.withoutBraces($0)] }) {
            guard let entries = entriesByFileName[candidate.lowercased()] else { continue }
            guard entries.count == 1, let entry = entries.first else {
                throw ProjectError(
                    file: name,
                    problem:
                        "the source \"\(IncomingText.singleLine(candidate))\" could be any of several entries: \(entries.map { "\"\(IncomingText.singleLine($0.path))\"" }.joined(separator: ", ")) (refused: other tools may read a different one)"
                )
            }
            return SourceBytes.text(try read(entry, limit: InputLimits.sourceEntryBytes, kind: "source text"))
        }
        return nil
    }

    /// The bytes of `entry`, unpacked in chunks and refused as soon as they pass `limit`, whatever its header says,
    /// or when they do not match its checksum.
    private func read(_ entry: Entry, limit: Int, kind: String) throws -> Data {
        tally?.unpacked[entry.path, default: 0] += 1
        let file = "\(name)/\(entry.path)"
        let refusal = ProjectError(
            file: file,
            problem:
                "unpacks to more than \(InputLimits.describe(bytes: limit)), the most Glean reads as a \(kind) (refused)"
        )
        guard entry.uncompressedSize <= UInt64(limit) else { throw refusal }
        let damaged = ProjectError(file: file, problem: "this entry of the archive is damaged and cannot be unpacked")
        var data = Data()
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw EntryTooLarge() }
                data.append(chunk)
            }
        } catch is EntryTooLarge {
            throw refusal
        } catch Archive.ArchiveError.invalidCompressionMethod {
            throw ProjectError(
                file: file,
                problem:
                    "this entry uses a compression method Glean cannot read (only stored and deflated entries are read; re-zip the archive)"
            )
        } catch {
            throw damaged
        }
        guard checksum == entry.checksum else { throw damaged }
        return data
    }

    /// Thrown from inside an extraction to stop it at the limit.
    private struct EntryTooLarge: Error {}

    /// The file name of `path`, after any `internal://`, `relative://` or `absolute://` prefix; a `.docx` or `.rtf`
    /// name becomes the `.txt` beside it.
    private static func fileName(_ path: String) -> String {
        textName(lastComponent(afterScheme(path)))
    }

    /// What follows the last `://` in `path`, as `components(separatedBy: "://").last` gives, found byte by byte
    /// since this runs three times for each of an archive's sources.
    private static func afterScheme(_ path: String) -> Substring {
        let bytes = path.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index...].starts(with: "://".utf8) {
                index = bytes.index(index, offsetBy: 3)
                start = index
            } else {
                index = bytes.index(after: index)
            }
        }
        return path[start...]
    }

    /// The last component of `path`, whether it is separated by `/` or `\`.
    private static func lastComponent(_ path: Substring) -> String {
        let slash = UInt8(ascii: "/")
        let backslash = UInt8(ascii: "\\")
        guard !path.utf8.contains(backslash), path.utf8.last != slash else {
            return (path.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent
        }
        return String(path.utf8.lastIndex(of: slash).map { path[path.utf8.index(after: $0)...] } ?? path)
    }

    private static func textName(_ name: String) -> String {
        guard !name.utf8.reversed().starts(with: "txt.".utf8) else { return name }
        let ext = (name as NSString).pathExtension.lowercased()
        return ["docx", "doc", "rtf", "odt"].contains(ext) ? (name as NSString).deletingPathExtension + ".txt" : name
    }

    private static func withoutBraces(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return name }
        return name.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }
}

/// How often reading an archive looked at its entries: each listed while indexing, and each unpacked, by path, and
/// how many sources the project XML's tree kept. Tests use it to check that an import looks at each entry once and
/// reads sources as the parser has them, whatever the archive's size.
final class EntryTally {
    /// The elements inside `<Sources>` that the tree of the project XML kept after parsing.
    var sourcesKept = 0
    /// Entries listed from the archive's directory.
    var listed = 0
    /// How often each entry was unpacked.
    var unpacked: [String: Int] = [:]
}

/// Source files' bytes as text: UTF-8 or, with a byte order mark, UTF-16; a UTF-8 byte order mark is dropped.
enum SourceBytes {
    /// The text of `data`; bytes that are not UTF-8 become U+FFFD.
    static func text(_ data: Data) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
            let text = String(data: data, encoding: .utf16)
        {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return String(decoding: bytes, as: UTF8.self)
    }
}
