/// How an export hides who wrote what: participant codes become their aliases, and only the named attributes travel.
public struct Pseudonymisation: Equatable, Sendable {
    /// The participant attributes kept in the export, by name (e.g. `care setting`); every other one is left out.
    var keptAttributes: Set<String>

    /// A pseudonymisation keeping the attributes named in `keptAttributes`.
    public init(keeping keptAttributes: some Sequence<String> = [String]()) {
        self.keptAttributes = Set(keptAttributes)
    }
}
