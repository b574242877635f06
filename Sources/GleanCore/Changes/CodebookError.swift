/// Why a codebook operation (or adding a codebook file's concerns) was refused, with the names and numbers a
/// facilitator needs to act, e.g. `.inUse(concern: "Staff wellbeing", quotes: 3)`.
public enum CodebookError: DomainError, Equatable {
    /// A new concern was given no theme.
    case themeMissing
    /// A concern's name is empty.
    case emptyName
    /// Another concern has the name (ignoring case) already.
    case nameTaken(String, id: String)
    /// There is no concern with the id.
    case unknownConcern(id: String)
    /// A key outside the number keys 1–9.
    case keyOutOfRange(Int)
    /// The text is not a colour.
    case notAColour(String)
    /// Unbinding the key of a concern that has none.
    case noKey(concern: String)
    /// Binding a key to the concern that has it.
    case alreadyHasKey(concern: String, key: Int)
    /// Moving a concern to an empty theme.
    case emptyTheme
    /// A position outside `1...last` among the theme's concerns.
    case positionOutside(Int, last: Int, theme: String)
    /// Moving a concern where it is.
    case alreadyThere(concern: String)
    /// Stepping a concern past the first (`up`) or last place of its theme.
    case alreadyAtEnd(concern: String, up: Bool, theme: String)
    /// Renaming a theme there is none of.
    case unknownTheme(String)
    /// Renaming a theme to nothing.
    case emptyThemeName
    /// Renaming a theme to the name of another theme.
    case themeNameTaken(String)
    /// Renaming a theme to its own name.
    case themeAlreadyNamed(String)
    /// Merging a concern into itself.
    case mergeIntoItself
    /// Deleting a concern that `quotes` quotes use.
    case inUse(concern: String, quotes: Int)
    /// A concern of codebook file `file` named `name` has the id of concern `idOf` but the name of concern `nameOf`
    /// (an id); nothing is imported.
    case ambiguousImport(file: String, name: String, idOf: String, nameOf: String)

    public var message: String {
        switch self {
        case .themeMissing: return "a concern needs a theme"
        case .emptyName: return "the name must not be empty"
        case .nameTaken(let name, let id): return "a concern is named “\(name)” already (id \(id))"
        case .unknownConcern(let id): return "there is no concern with id “\(id)”"
        case .keyOutOfRange(let key): return "key \(key) is not a number key 1–9"
        case .notAColour(let text): return "“\(text)” is not a colour; write it as #RRGGBB, e.g. #2E8B57"
        case .noKey(let concern): return "\(concern) has no key"
        case .alreadyHasKey(let concern, let key): return "\(concern) already has key \(key)"
        case .emptyTheme: return "the theme must not be empty"
        case .positionOutside(let position, let last, let theme):
            return "position \(position) is outside 1–\(last) in \(theme)"
        case .alreadyThere(let concern): return "\(concern) is there already"
        case .alreadyAtEnd(let concern, let up, let theme):
            return "\(concern) is already \(up ? "first" : "last") in \(theme)"
        case .unknownTheme(let theme): return "there is no theme “\(theme)”"
        case .emptyThemeName: return "the theme's name must not be empty"
        case .themeNameTaken(let theme):
            return "a theme is named “\(theme)” already; move the concerns to it one by one instead"
        case .themeAlreadyNamed(let theme): return "the theme is named “\(theme)” already"
        case .mergeIntoItself: return "a concern cannot be merged into itself"
        case .inUse(let concern, let quotes):
            return
                "\(concern) is used by \(quotes) \(quotes == 1 ? "quote" : "quotes"); merge it into another concern instead, which moves its quotes there"
        case .ambiguousImport(_, let name, let idOf, let nameOf):
            return
                "“\(name)” has the id of “\(idOf)” but the name of another concern (id \(nameOf)); rename one of them first (nothing was imported)"
        }
    }
}
