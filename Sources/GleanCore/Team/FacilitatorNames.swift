/// Turns the coder string on a quote into words for the screen: the display name when it is known, else the first
/// 8 characters of an id, else (a project from before facilitator ids) the coder string itself. This is the one
/// place names are resolved.
///
/// Only the current facilitator's name is known on this machine; a roster of the team's names plugs in through
/// `init(known:)`.
public struct FacilitatorNames: Equatable, Sendable {
    /// How many characters of an id stand for a facilitator whose name is not known.
    static let idPrefixLength = 8
    /// The longest short name, in characters, its last one "…" when it was cut.
    static let shortLength = 12

    /// Display names by facilitator id.
    public var known: [String: String]

    /// Names for the ids in `known`.
    public init(known: [String: String] = [:]) {
        self.known = known
    }

    /// The display name of `coder`: its known name, else the first 8 characters of an id, else `coder` itself.
    public func name(of coder: String) -> String {
        if let name = known[coder] { return name }
        return FacilitatorID.isValid(coder) ? String(coder.prefix(FacilitatorNames.idPrefixLength)) : coder
    }

    /// `name(of:)` cut to 12 characters, for marks beside quotes and the status bar.
    public func shortName(of coder: String) -> String {
        FacilitatorNames.shortened(name(of: coder))
    }

    /// `name` cut to 12 characters, its last one "…" when it was cut.
    public static func shortened(_ name: String) -> String {
        name.count <= shortLength ? name : String(name.prefix(shortLength - 1)) + "…"
    }
}

/// The form of a facilitator id: a lower-case UUID.
enum FacilitatorID {
    /// Whether `text` is a lower-case UUID such as `0f8fad5b-d9cb-469f-a165-70867728950e`.
    static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 36 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard scalar == "-" else { return false }
            } else {
                guard ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) else { return false }
            }
        }
        return true
    }
}
