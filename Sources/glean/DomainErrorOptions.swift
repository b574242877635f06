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

    /// The message with what to do next in the command line's words, where that names options.
    private static func withHints(_ error: any DomainError) -> String {
        switch error {
        case ScriptingError.snippetAmbiguous:
            return error.message + "; give a longer snippet or --section"
        case let error as ExchangeMappingError:
            return error.message { lack in
                switch lack {
                case .participant(.caseName): return "try --participant-from source-name or --participant-from variable NAME"
                case .date: return "give --date YYYY-MM-DD or --date-from variable NAME"
                case .participant, .unreadableDate: return nil
                }
            }
        default:
            return error.message
        }
    }
}
