/// The codebook's operations as pure functions from a project to one `Edit`, shared by `glean codebook` and the
/// Codebook screen so each rule lives in one place. Each throws a `CodebookError` when it cannot be done as asked.
///
/// Themes are not stored on their own: a theme exists while a concern is filed under it, so a theme is added by
/// adding (or moving) a concern into it, and goes when its last concern is moved or deleted. Concerns of one theme are
/// kept next to each other in the list.
public enum CodebookOperations {
    /// The number of quotes, in every fortnight, tagged with concern `id`.
    public static func quoteCount(of id: String, in project: Project) -> Int {
        project.fortnights.values.reduce(0) { $0 + $1.quotes.count { $0.concerns.contains(id) } }
    }

    /// Adds a concern named `name` at the end of theme `theme` (a new theme goes at the end of the codebook). Without
    /// `key` it takes the lowest free key, if any; a `key` held by another concern is taken from it, and the summary
    /// says so. Without `colour` it takes the palette's next colour.
    public static func add(
        name: String, theme: String, key: Int? = nil, colour: String? = nil, description: String = "",
        to project: Project
    ) throws -> Edit {
        let codebook = project.codebook
        let name = try checkedName(name, in: codebook, except: nil)
        let theme = theme.trimmingCharacters(in: .whitespaces)
        guard !theme.isEmpty else { throw CodebookError.themeMissing }
        if let key { try checkKey(key) }
        var concern = Concern(
            id: codebook.newID(forName: name), name: name, description: description,
            colour: try colour.map(checkedColour) ?? Codebook.palette[codebook.concerns.count % Codebook.palette.count],
            key: nil, theme: theme)
        let position = (codebook.concerns.lastIndex { $0.theme == theme }).map { $0 + 1 }
        var changes: [Change] = []
        var summary = "Added \(name) to \(theme)"
        if let key, let holder = codebook.concern(forKey: key) {
            var unbound = holder
            unbound.key = nil
            changes.append(.putConcern(concern: unbound, position: nil))
            summary += " with key \(key), taken from \(holder.name), which now has no key"
            concern.key = key
        } else {
            concern.key = key ?? codebook.freeKey
            if let key = concern.key { summary += " with key \(key)" }
        }
        changes.append(.putConcern(concern: concern, position: position))
        return Edit(summary: summary, changes: changes)
    }

    /// Renames concern `id`; refused when another concern has the name already.
    public static func rename(_ id: String, to name: String, in project: Project) throws -> Edit {
        var concern = try existing(id, project)
        let name = try checkedName(name, in: project.codebook, except: id)
        let old = concern.name
        concern.name = name
        return Edit(summary: "Renamed \(old) to \(name)", changes: [.putConcern(concern: concern, position: nil)])
    }

    /// Sets concern `id`'s description.
    public static func describe(_ id: String, as description: String, in project: Project) throws -> Edit {
        var concern = try existing(id, project)
        concern.description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        return Edit(summary: "Described \(concern.name)", changes: [.putConcern(concern: concern, position: nil)])
    }

    /// Sets concern `id`'s colour, given as `#RRGGBB` (or `#RGB`).
    public static func recolour(_ id: String, to colour: String, in project: Project) throws -> Edit {
        var concern = try existing(id, project)
        concern.colour = try checkedColour(colour)
        return Edit(
            summary: "Recoloured \(concern.name) \(concern.colour)",
            changes: [.putConcern(concern: concern, position: nil)])
    }

    /// Binds number key `key` (1–9) to concern `id`, or unbinds its key when `key` is nil. A key held by another
    /// concern is taken from it and that concern gets `id`'s old key (or none); the summary says so.
    public static func rekey(_ id: String, to key: Int?, in project: Project) throws -> Edit {
        var concern = try existing(id, project)
        guard let key else {
            guard concern.key != nil else { throw CodebookError.noKey(concern: concern.name) }
            concern.key = nil
            return Edit(
                summary: "Unbound the key of \(concern.name)", changes: [.putConcern(concern: concern, position: nil)])
        }
        try checkKey(key)
        guard concern.key != key else { throw CodebookError.alreadyHasKey(concern: concern.name, key: key) }
        var changes: [Change] = []
        var summary = "Bound key \(key) to \(concern.name)"
        if var holder = project.codebook.concern(forKey: key) {
            holder.key = concern.key
            changes.append(.putConcern(concern: holder, position: nil))
            summary += "; taken from \(holder.name), which now has " + (holder.key.map { "key \($0)" } ?? "no key")
        }
        concern.key = key
        changes.append(.putConcern(concern: concern, position: nil))
        return Edit(summary: summary, changes: changes)
    }

    /// Moves concern `id` to theme `theme` (its own when nil), at 1-based `position` among that theme's concerns (the
    /// end when nil).
    public static func move(_ id: String, toTheme theme: String?, position: Int?, in project: Project) throws -> Edit {
        let concern = try existing(id, project)
        let target = (theme ?? concern.theme).trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty else { throw CodebookError.emptyTheme }
        var rest = project.codebook.concerns
        rest.removeAll { $0.id == id }
        let members = rest.indices.filter { rest[$0].theme == target }
        if let position, !(1...(members.count + 1)).contains(position) {
            throw CodebookError.positionOutside(position, last: members.count + 1, theme: target)
        }
        let index: Int
        if members.isEmpty {
            index = rest.count
        } else if let position, position <= members.count {
            index = members[position - 1]
        } else {
            index = members[members.count - 1] + 1
        }
        var moved = concern
        moved.theme = target
        guard project.codebook.index(of: id) != index || concern.theme != target else {
            throw CodebookError.alreadyThere(concern: concern.name)
        }
        let place =
            target == concern.theme
            ? "to position \(members.filter { $0 < index }.count + 1) in \(target)" : "to \(target)"
        return Edit(
            summary: "Moved \(concern.name) \(place)",
            changes: [.removeConcern(id: id), .putConcern(concern: moved, position: index)])
    }

    /// Moves concern `id` one place up (`offset` -1) or down (+1) within its theme.
    public static func step(_ id: String, by offset: Int, in project: Project) throws -> Edit {
        let concern = try existing(id, project)
        let members = project.codebook.concerns.filter { $0.theme == concern.theme }.map(\.id)
        let position = (members.firstIndex(of: id) ?? 0) + 1 + offset
        guard (1...members.count).contains(position) else {
            throw CodebookError.alreadyAtEnd(concern: concern.name, up: offset < 0, theme: concern.theme)
        }
        return try move(id, toTheme: nil, position: position, in: project)
    }

    /// Renames theme `old` to `new` on every concern filed under it; refused when a theme is named `new` already.
    public static func renameTheme(_ old: String, to new: String, in project: Project) throws -> Edit {
        let themes = project.codebook.themes
        guard
            let theme = themes.first(where: { $0 == old })
                ?? themes.first(where: { $0.caseInsensitiveCompare(old) == .orderedSame })
        else { throw CodebookError.unknownTheme(old) }
        let new = new.trimmingCharacters(in: .whitespaces)
        guard !new.isEmpty else { throw CodebookError.emptyThemeName }
        if new != theme, themes.contains(new) {
            throw CodebookError.themeNameTaken(new)
        }
        guard new != theme else { throw CodebookError.themeAlreadyNamed(new) }
        let changes = project.codebook.concerns.filter { $0.theme == theme }.map { concern -> Change in
            var renamed = concern
            renamed.theme = new
            return .putConcern(concern: renamed, position: nil)
        }
        return Edit(summary: "Renamed the theme \(theme) to \(new)", changes: changes)
    }

    /// Merges concern `source` into `survivor`: every quote tagged with `source` is tagged with `survivor` instead
    /// (once, when it had both), then `source` is removed, with the team's decisions on it (the merged coding is a new
    /// question). One edit, so one undo restores it all.
    public static func merge(_ source: String, into survivor: String, in project: Project) throws -> Edit {
        let merged = try existing(source, project)
        let kept = try existing(survivor, project)
        guard merged.id != kept.id else { throw CodebookError.mergeIntoItself }
        var changes: [Change] = []
        for number in project.fortnights.keys.sorted() {
            for quote in project.fortnight(number).quotes where quote.concerns.contains(merged.id) {
                var retagged = quote
                retagged.concerns = QuoteTagging.ordered(quote.concerns.filter { $0 != merged.id } + [kept.id])
                changes.append(.putQuote(fortnight: number, quote: retagged))
            }
        }
        let count = changes.count
        for number in project.fortnights.keys.sorted() {
            for decision in project.fortnight(number).decisions where decision.concern == merged.id {
                changes.append(.withdrawDecision(fortnight: number, log: decision.log, concern: decision.concern))
            }
        }
        changes.append(.removeConcern(id: merged.id))
        return Edit(
            summary: "Merged \(merged.name) into \(kept.name) (\(count) \(count == 1 ? "quote" : "quotes") moved)",
            changes: changes)
    }

    /// Deletes concern `id`; refused while quotes use it, saying how many and that merging moves them.
    public static func delete(_ id: String, from project: Project) throws -> Edit {
        let concern = try existing(id, project)
        let count = quoteCount(of: concern.id, in: project)
        guard count == 0 else {
            throw CodebookError.inUse(concern: concern.name, quotes: count)
        }
        return Edit(summary: "Deleted \(concern.name)", changes: [.removeConcern(id: concern.id)])
    }

    private static func existing(_ id: String, _ project: Project) throws -> Concern {
        guard let concern = project.codebook.concern(id: id) else { throw CodebookError.unknownConcern(id: id) }
        return concern
    }

    /// `name` trimmed, or a refusal when it is empty or another concern (not `id`) has it, ignoring case.
    public static func checkedName(_ name: String, in codebook: Codebook, except id: String? = nil) throws -> String {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw CodebookError.emptyName }
        if let other = codebook.concerns.first(where: {
            $0.id != id && $0.name.caseInsensitiveCompare(name) == .orderedSame
        }) {
            throw CodebookError.nameTaken(other.name, id: other.id)
        }
        return name
    }

    private static func checkKey(_ key: Int) throws {
        guard (1...9).contains(key) else { throw CodebookError.keyOutOfRange(key) }
    }

    /// `colour` as Glean keeps it (`#RRGGBB`, upper case), or a refusal when it is not a colour.
    static func checkedColour(_ colour: String) throws -> String {
        guard let checked = ColourText.glean(colour) else {
            throw CodebookError.notAColour(colour)
        }
        return checked
    }
}
