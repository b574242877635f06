import Foundation
import GleanCore

/// The Codebook screen's commands: add (asking for the theme), rename, describe, recolour, re-key, move, merge and
/// delete concerns, and rename themes. The rules are `CodebookOperations`', shared with `glean codebook`.
enum CodebookUpdate {
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        let concerns = state.project.codebook.concerns
        let row = min(max(0, state.codebook.row), max(0, concerns.count - 1))
        let selected = concerns.indices.contains(row) ? concerns[row] : nil
        let page = ListNavigation.page(forHeight: state.size.height)
        if let moved = ListNavigation.index(after: command, current: row, count: concerns.count, page: page) {
            state.codebook.row = moved
            return []
        }
        switch command {
        case .addConcern:
            state.modal = .prompt(Prompt(title: "New concern's name", editor: LineEditor(), purpose: .addConcern))
        case .renameConcern, .open:
            guard let selected else { return [] }
            state.modal = .prompt(
                Prompt(title: "Name", editor: LineEditor(selected.name), purpose: .renameConcern(id: selected.id)))
        case .describeConcern:
            guard let selected else { return [] }
            state.modal = .prompt(
                Prompt(
                    title: "Description", editor: LineEditor(selected.description),
                    purpose: .describeConcern(id: selected.id)))
        case .rethemeConcern:
            guard let selected else { return [] }
            let themes = state.project.codebook.themes.filter { $0 != selected.theme }
            state.modal = .picker(
                Picker(
                    title: "Move \(selected.name) to", options: themes + [CodebookState.newThemeOption], selected: 0,
                    purpose: .moveConcern(id: selected.id, themes: themes + [nil])))
        case .renameTheme:
            guard let selected else { return [] }
            state.modal = .prompt(
                Prompt(
                    title: "Rename the theme \(selected.theme) to", editor: LineEditor(selected.theme),
                    purpose: .renameTheme(selected.theme)))
        case .moveConcernUp, .moveConcernDown:
            guard let selected else { return [] }
            return commit(&state, select: selected.id) {
                try CodebookOperations.step(selected.id, by: command == .moveConcernUp ? -1 : 1, in: $0)
            }
        case .mergeConcern:
            guard let selected else { return [] }
            let others = concerns.filter { $0.id != selected.id }
            guard !others.isEmpty else {
                state.message = "\(selected.name) is the only concern: there is nothing to merge it into"
                return []
            }
            state.modal = .picker(
                Picker(
                    title: "Merge \(selected.name) into", options: others.map(\.name), selected: 0,
                    purpose: .mergeConcern(id: selected.id, into: others.map(\.id))))
        case .deleteConcern:
            guard let selected else { return [] }
            do {
                let edit = try CodebookOperations.delete(selected.id, from: state.project)
                let effects = History.commit(edit, &state)
                state.codebook.row = max(0, min(row, state.project.codebook.concerns.count - 1))
                return effects
            } catch {
                state.message = "\(error): press m to merge it"
            }
        case .recolourConcern:
            guard let selected else { return [] }
            let palette = Codebook.palette
            let index = palette.firstIndex(of: selected.colour.uppercased()) ?? -1
            return commit(&state) {
                try CodebookOperations.recolour(selected.id, to: palette[(index + 1) % palette.count], in: $0)
            }
        case .tag(let key):
            guard let selected, selected.key != key else { return [] }
            return commit(&state) { try CodebookOperations.rekey(selected.id, to: key, in: $0) }
        case .clearKey:
            guard let selected, selected.key != nil else { return [] }
            return commit(&state) { try CodebookOperations.rekey(selected.id, to: nil, in: $0) }
        default: break
        }
        return []
    }

    /// Completes a codebook prompt with the text typed.
    static func complete(_ purpose: PromptPurpose, _ text: String, _ state: inout AppState) -> [Effect] {
        let text = text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .addConcern:
            guard !text.isEmpty else { return [] }
            do {
                _ = try CodebookOperations.checkedName(text, in: state.project.codebook)
            } catch {
                state.message = "\(error)"
                return []
            }
            let themes = state.project.codebook.themes
            guard !themes.isEmpty else {
                askForNewTheme(name: text, &state)
                return []
            }
            state.modal = .picker(
                Picker(
                    title: "Theme for \(text)", options: themes + [CodebookState.newThemeOption], selected: 0,
                    purpose: .addConcernTheme(name: text, themes: themes + [nil])))
            return []
        case .addConcernInNewTheme(let name):
            guard !text.isEmpty else { return [] }
            return add(name: name, theme: text, &state)
        case .renameConcern(let id):
            guard !text.isEmpty, state.project.codebook.concern(id: id)?.name != text else { return [] }
            return commit(&state) { try CodebookOperations.rename(id, to: text, in: $0) }
        case .describeConcern(let id):
            guard state.project.codebook.concern(id: id)?.description != text else { return [] }
            return commit(&state) { try CodebookOperations.describe(id, as: text, in: $0) }
        case .rethemeConcern(let id):
            guard !text.isEmpty else { return [] }
            return commit(&state, select: id) { try CodebookOperations.move(id, toTheme: text, position: nil, in: $0) }
        case .renameTheme(let theme):
            guard !text.isEmpty, text != theme else { return [] }
            return commit(&state) { try CodebookOperations.renameTheme(theme, to: text, in: $0) }
        default:
            return []
        }
    }

    /// Acts on the choice made in a codebook picker.
    static func choose(_ purpose: PickerPurpose, _ index: Int, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .addConcernTheme(let name, let themes):
            guard let theme = themes[index] else {
                askForNewTheme(name: name, &state)
                return []
            }
            return add(name: name, theme: theme, &state)
        case .moveConcern(let id, let themes):
            guard let theme = themes[index] else {
                let name = state.project.codebook.concern(id: id)?.name ?? id
                state.modal = .prompt(
                    Prompt(title: "New theme for \(name)", editor: LineEditor(), purpose: .rethemeConcern(id: id)))
                return []
            }
            return commit(&state, select: id) { try CodebookOperations.move(id, toTheme: theme, position: nil, in: $0) }
        case .mergeConcern(let id, let survivors):
            let survivor = survivors[index]
            return commit(&state, select: survivor) { try CodebookOperations.merge(id, into: survivor, in: $0) }
        default:
            return []
        }
    }

    private static func askForNewTheme(name: String, _ state: inout AppState) {
        state.modal = .prompt(
            Prompt(title: "Theme for \(name)", editor: LineEditor(), purpose: .addConcernInNewTheme(name: name)))
    }

    private static func add(name: String, theme: String, _ state: inout AppState) -> [Effect] {
        let id = state.project.codebook.newID(forName: name)
        return commit(&state, select: id) { try CodebookOperations.add(name: name, theme: theme, to: $0) }
    }

    /// Commits the edit `make` works out from the project, then selects concern `id` (when given) where it now is;
    /// a refusal becomes the status message.
    private static func commit(_ state: inout AppState, select id: String? = nil, _ make: (Project) throws -> Edit)
        -> [Effect]
    {
        do {
            let effects = History.commit(try make(state.project), &state)
            if let id, let index = state.project.codebook.index(of: id) { state.codebook.row = index }
            return effects
        } catch {
            state.message = "\(error)"
            return []
        }
    }
}
