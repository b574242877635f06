import Foundation
import ZIPFoundation

/// Zip archives made in memory with ZIPFoundation.
enum ZipWriting {
    /// A zip holding `files` (path and bytes) in order, deflated, each dated 1 January 2020 so that the same files
    /// always give the same bytes.
    static func archive(_ files: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in files {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ProjectError(file: "archive", problem: "the zip archive could not be made") }
        return data
    }
}
