/// An export that cannot be made as asked, with what it needs: the attribute to keep, the formats that hold several
/// fortnights, the path that is not a folder. The messages name no command-line option; the command line adds them.
public enum ExportRequestError: DomainError, Equatable {
    /// Rows by attribute `name` in a pseudonymised export, which leaves that attribute out.
    case attributeNotKept(String)
    /// A summary `format` asked for several fortnights; `formats` are the ones that hold several in one file.
    case severalFortnights(format: String, formats: [String])
    /// Every fortnight's summary was asked for into `path`, which is not a folder.
    case notAFolder(path: String)

    public var message: String {
        switch self {
        case .attributeNotKept(let name):
            return "rows by \"\(name)\" in a pseudonymised export need that attribute kept"
        case .severalFortnights(let format, let formats):
            return "a \(format) summary covers one fortnight; several fortnights can be exported as "
                + formats.dropLast().joined(separator: ", ") + " or " + (formats.last ?? "")
                + " in one file, or as one summary per fortnight into a folder"
        case .notAFolder:
            return message(everySummary: "every summary")
        }
    }

    /// For `.notAFolder`, the message with the export of every summary named by `everySummary` (the command line
    /// names its option, `--all`); otherwise `message`.
    public func message(everySummary: String) -> String {
        guard case .notAFolder = self else { return message }
        return "not a folder; \(everySummary) writes one file per fortnight into a folder"
    }
}
