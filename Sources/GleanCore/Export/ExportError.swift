/// An export that cannot be made as asked (a summary of every fortnight, a fortnight that does not exist, …), in
/// words a facilitator can act on.
public struct ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public var description: String

    /// Creates an error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
