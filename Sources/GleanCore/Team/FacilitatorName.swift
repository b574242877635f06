import Foundation

/// The one rule for a facilitator's display name: trimmed, 1–80 characters, no control characters.
public enum FacilitatorName {
    /// The longest name, in characters.
    static let maximumLength = 80

    /// The name used when none is set and `$USER` gives no usable one.
    public static let fallback = "facilitator"

    /// `raw` trimmed of surrounding white space, or what is wrong with it.
    public static func checked(_ raw: String) -> Result<String, NameProblem> {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { return .failure(NameProblem(text: "a name needs at least one character")) }
        if name.count > maximumLength {
            return .failure(NameProblem(text: "a name has at most \(maximumLength) characters, not \(name.count)"))
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .failure(NameProblem(text: "a name may not hold control characters"))
        }
        return .success(name)
    }

    /// The name a facilitator has before setting one: `$USER` when it makes a valid name, else "facilitator".
    static func standard(environment: [String: String]) -> String {
        guard let user = environment["USER"], case .success(let name) = checked(user) else { return fallback }
        return name
    }
}

/// Why a name was refused, in words for the person who typed it.
public struct NameProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    var text: String

    public var description: String { text }
}
