import Foundation
import GleanCore

/// Everything `glean` writes to standard output and standard error goes through here, so that nothing read from a
/// project or a command line (a concern's name, a file name, an option's value) can drive the terminal.
///
/// Human-readable text is split into lines and each line passes through `TextSanitizer.displayable`, so escape
/// sequences, C1 controls and bidirectional overrides are shown as harmless symbols and only the newlines between
/// lines are real. JSON is written exactly, with the characters a terminal would obey written as `\u` escapes (the
/// same JSON value). An export's bytes go out unchanged to a pipe or file, and line by line through the sanitiser to
/// a terminal.
enum Console {
    /// Writes `text` to standard output, line by line through the sanitiser, ending with a newline.
    static func say(_ text: String) {
        write(displayable(text) + "\n", to: .standardOutput)
    }

    /// Writes `text` (which ends with its own newline, as a rendered table does) to standard output, line by line
    /// through the sanitiser.
    static func block(_ text: String) {
        write(displayable(text), to: .standardOutput)
    }

    /// Writes `message` to standard error as `glean: message`, line by line through the sanitiser.
    static func complain(_ message: String) {
        write(displayable("glean: \(message)") + "\n", to: .standardError)
    }

    /// Writes `message` to standard error without the `glean:` prefix (argument-parser's usage text and help).
    static func complainVerbatim(_ message: String) {
        write(displayable(message) + "\n", to: .standardError)
    }

    /// Writes `json` to standard output exactly, with every scalar a terminal would obey `\u`-escaped.
    static func json(_ json: String) {
        write(TerminalSafeJSON.escaped(json), to: .standardOutput)
    }

    /// Writes an export's bytes to standard output: exactly when that is a pipe or a file, line by line through the
    /// sanitiser when it is a terminal.
    static func document(_ data: Data) {
        guard isatty(STDOUT_FILENO) == 1 else { return FileHandle.standardOutput.write(data) }
        write(displayable(String(decoding: data, as: UTF8.self)), to: .standardOutput)
    }

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

    /// Redraws a progress line (`ProgressLine.text`, which starts with a carriage return) on standard error, ending it
    /// with a newline when `finished`.
    static func progress(_ line: String, finished: Bool) {
        let body = line.hasPrefix("\r") ? String(line.dropFirst()) : line
        write("\r" + TextSanitizer.displayable(body) + (finished ? "\n" : ""), to: .standardError)
    }

    /// How many columns the terminal on standard error has (80 when it does not say), for progress lines.
    static var errorColumns: Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// `text` with every line made displayable and the newlines between lines kept.
    static func displayable(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.displayable(String($0)) }
            .joined(separator: "\n")
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}

/// Writes `message` to standard error, prefixed with `glean: ` and made safe for a terminal.
func printError(_ message: String) {
    Console.complain(message)
}
