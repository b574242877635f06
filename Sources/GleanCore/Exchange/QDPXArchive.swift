import Foundation
import ZIPFoundation

/// The files of a QDPX archive, read liberally: the one `.qde` file whatever its name, and source texts found by
/// `internal://` path, relative path or bare file name, in `sources/` or `Sources/` or anywhere, a `.txt` standing in
/// for a `.docx` of the same name.
struct QDPXArchive {
    /// Every file's bytes by its path in the archive.
    let files: [String: Data]
    /// The archive's name in messages.
    let name: String

    /// Reads every file of the archive at `url`.
    init(_ url: URL, name: String) throws {
        self.name = name
        guard let archive = try? Archive(url: url, accessMode: .read) else {
            throw ProjectError(file: name, problem: "this is not a zip archive (a .qdpx file is one)")
        }
        var files: [String: Data] = [:]
        for entry in archive where entry.type == .file && !entry.path.hasPrefix("__MACOSX/") {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            files[entry.path] = data
        }
        self.files = files
    }

    /// The project XML: the archive's only `.qde` file.
    func projectXML() throws -> (path: String, data: Data) {
        let candidates = files.keys.filter { $0.lowercased().hasSuffix(".qde") }.sorted()
        guard candidates.count == 1, let path = candidates.first, let data = files[path] else {
            throw ProjectError(
                file: name,
                problem: candidates.isEmpty
                    ? "there is no .qde file in the archive" : "there are several .qde files: \(candidates.joined(separator: ", "))")
        }
        return (path, data)
    }

    /// The text a source's `plain` or `rich` path points to, or failing those `sources/<guid>.txt`.
    func text(plain: String?, rich: String?, guid: String) -> String? {
        let names = [plain, rich.map(Self.textName), "\(guid).txt"].compactMap { $0 }.map(Self.fileName)
        for name in names {
            for candidate in [name, Self.withoutBraces(name)] {
                if let path = files.keys.sorted().first(where: { ($0 as NSString).lastPathComponent.caseInsensitiveCompare(candidate) == .orderedSame }),
                    let data = files[path]
                {
                    return SourceBytes.text(data)
                }
            }
        }
        return nil
    }

    /// The file name of `path`, after any `internal://`, `relative://` or `absolute://` prefix; a `.docx` or `.rtf`
    /// name becomes the `.txt` beside it.
    private static func fileName(_ path: String) -> String {
        let bare = path.components(separatedBy: "://").last ?? path
        return textName((bare.replacingOccurrences(of: "\\", with: "/") as NSString).lastPathComponent)
    }

    private static func textName(_ name: String) -> String {
        let ext = (name as NSString).pathExtension.lowercased()
        return ["docx", "doc", "rtf", "odt"].contains(ext) ? (name as NSString).deletingPathExtension + ".txt" : name
    }

    private static func withoutBraces(_ name: String) -> String {
        name.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
    }
}

/// Source files' bytes as text: UTF-8 or, with a byte order mark, UTF-16; a UTF-8 byte order mark is dropped.
enum SourceBytes {
    /// The text of `data`; bytes that are not UTF-8 become U+FFFD.
    static func text(_ data: Data) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return String(decoding: bytes, as: UTF8.self)
    }
}
