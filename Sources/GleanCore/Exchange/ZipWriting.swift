import Foundation

/// Small zip archives made in memory.
enum ZipWriting {
    /// A zip holding `files` (path and bytes) in order, as `ZipStreamWriter` writes them.
    static func archive(_ files: [(path: String, data: Data)]) throws -> Data {
        let output = ZipMemoryOutput()
        let zip = try ZipStreamWriter(output)
        for (path, data) in files { try zip.addEntry(path, data) }
        try zip.finish()
        return output.data
    }
}
