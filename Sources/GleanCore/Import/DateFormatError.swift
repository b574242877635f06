/// Why a date format (such as `dd/MM/yyyy`) given for an import cannot be read.
public enum DateFormatError: DomainError, Equatable {
    /// A run of letters in `format` is not a token; `tokens` are the ones there are.
    case unknownToken(format: String, token: String, tokens: [String])
    /// `format` has no `part` ("year", "month" or "day").
    case missingPart(format: String, part: String)
    /// `format` has `part` twice.
    case repeatedPart(format: String, part: String)

    public var message: String {
        switch self {
        case .unknownToken(let format, let token, let tokens):
            let listed = tokens.dropLast().joined(separator: ", ") + " and " + (tokens.last ?? "")
            return Self.refusal(format, "\"\(token)\" is not a token; use \(listed)")
        case .missingPart(let format, let part):
            return Self.refusal(format, "it has no \(part)")
        case .repeatedPart(let format, let part):
            return Self.refusal(format, "it has the \(part) twice")
        }
    }

    private static func refusal(_ format: String, _ problem: String) -> String {
        "\"\(format)\" is not a date format: \(problem)"
    }
}
