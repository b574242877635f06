import Foundation

extension Console {
    /// Writes an export to standard output as `make` hands its bytes on, a block at a time: exactly and straight away
    /// when that is a pipe or a file, so the export is never held whole in memory; gathered and written as `document`
    /// writes it when it is a terminal, which sanitises it line by line.
    static func document(streaming make: (_ drain: @escaping ([UInt8]) throws -> Void) throws -> Void) throws {
        guard isatty(STDOUT_FILENO) != 1 else {
            var data = Data()
            try make { data += $0 }
            return document(data)
        }
        try make { block in try FileHandle.standardOutput.write(contentsOf: block) }
    }
}
