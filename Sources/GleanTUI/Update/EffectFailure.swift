import GleanCore

/// Why an effect (saving, exporting, importing, reading, auto-coding) failed: the error itself, carried to the
/// reducer, which shows `description`: a domain error's message (the command line's, without its option name), or a
/// file error's `file: problem`. Two failures are equal when they read the same.
public struct EffectFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The error the effect met.
    public let error: any Error

    /// Wraps `error`.
    public init(_ error: any Error) {
        self.error = error
    }

    public var description: String { "\(error)" }

    public static func == (lhs: EffectFailure, rhs: EffectFailure) -> Bool {
        lhs.description == rhs.description
    }
}

/// A write refused by a project opened read-only, when the reducer's own refusals let it through.
public enum ReadOnlyWrite: DomainError, Equatable {
    /// An edit, an export or an import asked of a project opened read-only.
    case edit, export, importLogs

    public var message: String {
        switch self {
        case .edit: return "the project was opened read-only"
        case .export: return "exports are off in read-only mode"
        case .importLogs: return "imports are off in read-only mode"
        }
    }
}
