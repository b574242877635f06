/// A failure of the domain library that carries the values a person needs to act on (the bad value, the choices
/// there are) rather than a sentence. `message` is the one place each error becomes words; it names no command-line
/// option, which the command line adds (`glean: --concern: message`) and the interface leaves out.
public protocol DomainError: Error, Sendable, CustomStringConvertible {
    /// What is wrong and what there is instead, in words a facilitator can act on.
    var message: String { get }
}

extension DomainError {
    /// The message, made safe to print on one line (it may quote damaged data).
    public var description: String { TextSanitizer.displayable(message) }
}
