import GleanCore

/// The one place a domain error meets the command line: the option (or argument) it concerns and any hint that
/// names options, so `glean tag --concern 99` says `glean: --concern: there is no concern "99"; …`. The domain
/// library's messages name no option; the interface shows them as they are.
enum DomainErrorOptions {
    /// `error` as `glean` reports it after `glean: `: the subject it concerns, when it has one, then its message.
    static func text(for error: any DomainError) -> String {
        let message = TextSanitizer.displayable(withHints(error))
        guard let subject = subject(of: error) else { return message }
        return ProjectError(file: subject, problem: message).description
    }

    /// A column error as `glean import` reports it, with `option` in place of the option of `role` (a column marked
    /// with `--attribute-as role="Job title"` is named by that).
    static func text(for error: ColumnError, naming role: ColumnError.Role, as option: String) -> String {
        let message = error.message { named, column in named == role ? option : naming(named, column) }
        return ProjectError(file: error.file, problem: TextSanitizer.displayable(message)).description
    }

    /// The option, argument or thing the error concerns, as `glean` names it; nil when the message stands alone.
    static func subject(of error: any DomainError) -> String? {
        switch error {
        case let error as ScriptingError: return option(of: error)
        case let error as AutoCodingError:
            if case .unknownFortnight = error { return "--fortnight" }
            return "--pattern"
        case let error as AgreementError:
            switch error {
            case .fortnightHasNoLogs: return "--fortnight"
            case .tooFewCoders: return "agreement"
            case .tooFewNamed, .taggedNothing: return "--facilitators"
            }
        case let error as AttributionError:
            switch error {
            case .columnHasNoValues: return "--attribute-as"
            case .unknownAttribute(_, let part, _): return "--\(part.rawValue)"
            case .renamingUnknown, .invalidName, .nameTaken: return error.name
            }
        case is DateFormatError: return "--date-format"
        case is ArchiveError: return "archive"
        case let error as ExchangeMappingError: return error.file
        case CodebookError.ambiguousImport(let file, _, _, _): return file
        case let error as ColumnError: return error.file
        case let error as AmbiguousDateFormat: return error.file
        case let error as ProjectLocked: return error.file
        case let error as ExchangeStartError: return error.file
        case ExportRequestError.notAFolder(let path): return path
        default: return nil
        }
    }

    private static func option(of error: ScriptingError) -> String {
        switch error {
        case .unknownLog, .logNotInFortnight: return "--log"
        case .unknownQuote: return "QUOTE"
        case .unknownConcern: return "--concern"
        case .fortnightOutsideProgramme: return "--fortnight"
        case .offsetsOutsideSection: return "--start/--end"
        case .sentencesOutsideSection: return "--sentence"
        case .unknownSection: return "--section"
        case .emptySnippet, .snippetNotFound, .snippetAmbiguous: return "--snippet"
        }
    }

    /// How an input's dates were read, as `glean import` says it: naming `--date-format` when the dates do not all fit
    /// the format detected.
    static func note(for dates: DatesRead) -> String? {
        dates.note.map { dates.needsFormat ? $0 + "; " + dateFormatHint : $0 }
    }

    /// What `glean import` adds to a date it cannot read, or to dates that do not all fit.
    static let dateFormatHint = "name the format with --date-format"

    /// How `glean import` names a column it refuses: the option of `role`, with the column's header when it was
    /// given one, e.g. `--date-column "When"`.
    private static func naming(_ role: ColumnError.Role, _ column: String?) -> String {
        option(of: role) + (column.map { " \"\($0)\"" } ?? "")
    }

    /// The option that names the column of `role` in `glean import`.
    static func option(of role: ColumnError.Role) -> String {
        switch role {
        case .participant: return "--participant-column"
        case .date: return "--date-column"
        case .attribute: return "--attribute-column"
        case .ignored: return "--ignore-column"
        case .text: return "--text-column"
        }
    }

    /// The message with what to do next in the command line's words, where that names options.
    private static func withHints(_ error: any DomainError) -> String {
        switch error {
        case ScriptingError.snippetAmbiguous:
            return error.message + "; give a longer snippet or --section"
        case CodebookError.themeMissing:
            return error.message + ": give one with --theme"
        case let error as ColumnError:
            return error.message(naming: naming)
        case let error as AmbiguousDateFormat:
            return error.message { "--date-format \"\($0)\"" }
        case is ProjectLocked:
            return error.message + " with `glean open --read-only`"
        case let error as ExchangeStartError:
            return error.message(choosing: "give --start YYYY-MM-DD to choose the programme's first day")
        case ExportRequestError.attributeNotKept(let name):
            return error.message + ": add --keep-attribute \"\(name)\""
        case ExportRequestError.severalFortnights:
            return error.message + " with --all -o DIR"
        case let error as ExportRequestError:
            return error.message(everySummary: "--all")
        case let error as ExchangeMappingError:
            return error.message { lack in
                switch lack {
                case .participant(.caseName):
                    return "try --participant-from source-name or --participant-from variable NAME"
                case .date: return "give --date YYYY-MM-DD or --date-from variable NAME"
                case .participant, .unreadableDate: return nil
                }
            }
        default:
            return error.message
        }
    }

    /// A domain error followed by what to do next when that depends on what was typed, e.g. `glean codebook delete
    /// "x"` refused because quotes use it: `…: glean codebook merge "x" into OTHER`.
    struct Hinted: Error, CustomStringConvertible {
        /// The error refused.
        let error: any DomainError
        /// The command to try instead, in the command line's words.
        let hint: String

        init(_ error: any DomainError, hint: String) {
            self.error = error
            self.hint = hint
        }

        var description: String { DomainErrorOptions.text(for: error) + ": " + hint }
    }
}
