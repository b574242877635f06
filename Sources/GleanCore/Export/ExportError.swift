/// An export that cannot be made as asked (a summary of every fortnight, a fortnight that does not exist, …), in
/// words a facilitator can act on.
struct ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    var description: String

    /// Creates an error saying `description`.
    init(_ description: String) {
        self.description = description
    }
}
