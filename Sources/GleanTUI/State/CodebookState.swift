/// The Codebook screen: the selected concern.
public struct CodebookState: Equatable, Sendable {
    /// The selected concern's index.
    public var row = 0

    /// What the Reader and Logs screens say while the codebook has no concerns.
    public static let emptyHint = "No concerns yet — Tab to Codebook and press a to add one"

    /// What the Codebook screen says while it has no concerns.
    public static let emptyCodebookHint = "No concerns yet: press a to add one, then pick or name its theme"

    /// The choice in a theme picker that asks for a new theme's name.
    public static let newThemeOption = "New theme…"
}
