import Foundation
import GleanCore

/// The Codebook screen's commands: add, rename, recolour, re-key, describe and re-theme concerns.
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
            state.modal = .prompt(Prompt(title: "Name", editor: LineEditor(selected.name), purpose: .renameConcern(id: selected.id)))
        case .describeConcern:
            guard let selected else { return [] }
            state.modal = .prompt(
                Prompt(title: "Description", editor: LineEditor(selected.description), purpose: .describeConcern(id: selected.id)))
        case .rethemeConcern:
            guard let selected else { return [] }
            state.modal = .prompt(Prompt(title: "Theme", editor: LineEditor(selected.theme), purpose: .rethemeConcern(id: selected.id)))
        case .recolourConcern:
            guard var concern = selected else { return [] }
            let palette = Codebook.palette
            let index = palette.firstIndex(of: concern.colour.uppercased()) ?? -1
            concern.colour = palette[(index + 1) % palette.count]
            return update(concern, summary: "Recoloured \(concern.name)", &state)
        case .tag(let key):
            guard var concern = selected, concern.key != key else { return [] }
            var changes: [Change] = []
            var taken = ""
            if var holder = state.project.codebook.concern(forKey: key) {
                holder.key = concern.key
                changes.append(.putConcern(concern: holder, position: nil))
                taken = ", taking it from \(holder.name) (now \(holder.key.map { "key \($0)" } ?? "no key"))"
            }
            concern.key = key
            changes.append(.putConcern(concern: concern, position: nil))
            return History.commit(Edit(summary: "Bound key \(key) to \(concern.name)\(taken)", changes: changes), &state)
        case .clearKey:
            guard var concern = selected, concern.key != nil else { return [] }
            concern.key = nil
            return update(concern, summary: "Unbound the key of \(concern.name)", &state)
        default: break
        }
        return []
    }

    /// Completes a codebook prompt with the text typed.
    static func complete(_ purpose: PromptPurpose, _ text: String, _ state: inout AppState) -> [Effect] {
        let text = text.trimmingCharacters(in: .whitespaces)
        let codebook = state.project.codebook
        switch purpose {
        case .addConcern:
            guard !text.isEmpty else { return [] }
            let row = min(max(0, state.codebook.row), max(0, codebook.concerns.count - 1))
            let theme = codebook.concerns.indices.contains(row) ? codebook.concerns[row].theme : "Concerns"
            let concern = Concern(
                id: codebook.newID(forName: text), name: text,
                colour: Codebook.palette[codebook.concerns.count % Codebook.palette.count], key: codebook.freeKey,
                theme: theme)
            let position = (codebook.concerns.lastIndex { $0.theme == theme }).map { $0 + 1 }
            state.codebook.row = position ?? codebook.concerns.count
            return History.commit(
                Edit(summary: "Added \(text)", changes: [.putConcern(concern: concern, position: position)]), &state)
        case .renameConcern(let id):
            guard !text.isEmpty, var concern = codebook.concern(id: id), concern.name != text else { return [] }
            concern.name = text
            return update(concern, summary: "Renamed to \(text)", &state)
        case .describeConcern(let id):
            guard var concern = codebook.concern(id: id), concern.description != text else { return [] }
            concern.description = text
            return update(concern, summary: "Described \(concern.name)", &state)
        case .rethemeConcern(let id):
            guard !text.isEmpty, var concern = codebook.concern(id: id), concern.theme != text else { return [] }
            concern.theme = text
            return update(concern, summary: "Moved \(concern.name) to \(text)", &state)
        default:
            return []
        }
    }

    private static func update(_ concern: Concern, summary: String, _ state: inout AppState) -> [Effect] {
        History.commit(Edit(summary: summary, changes: [.putConcern(concern: concern, position: nil)]), &state)
    }
}
