import Foundation
import GleanCore

/// Keys while a modal is open: help scrolling, prompt typing, picking, writing in the multi-line editor.
enum ModalUpdate {
    static func handle(_ key: KeyPress, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        switch state.modal {
        case .help(let scroll):
            switch key {
            case .down, .character("j"): state.modal = .help(scroll: scroll + 1)
            case .up, .character("k"): state.modal = .help(scroll: max(0, scroll - 1))
            case .pageDown, .character(" "): state.modal = .help(scroll: scroll + max(1, state.size.height - 4))
            case .pageUp: state.modal = .help(scroll: max(0, scroll - max(1, state.size.height - 4)))
            case .resize: break
            default: state.modal = nil
            }
            return []
        case .prompt(var prompt):
            switch key {
            case .escape:
                state.modal = nil
            case .enter:
                state.modal = nil
                return complete(prompt, &state, environment)
            default:
                _ = prompt.editor.handle(key)
                state.modal = .prompt(prompt)
            }
            return []
        case .picker(var picker):
            switch key {
            case .down, .character("j"): picker.selected = min(picker.options.count - 1, picker.selected + 1)
            case .up, .character("k"): picker.selected = max(0, picker.selected - 1)
            case .escape, .character("q"):
                state.modal = nil
                return []
            case .enter:
                state.modal = nil
                return choose(picker, &state, environment)
            default: break
            }
            state.modal = .picker(picker)
            return []
        case .text(let editing):
            return TextEditingUpdate.handle(key, editing, &state)
        case .confirm(let confirmation):
            switch key {
            case .character("y"), .character("Y"):
                state.modal = nil
                return confirmed(confirmation.purpose)
            case .character("n"), .character("N"), .escape, .character("q"):
                state.modal = nil
                state.message = "Nothing was exported"
            default: break
            }
            return []
        case nil:
            return []
        }
    }

    private static func confirmed(_ purpose: ConfirmationPurpose) -> [Effect] {
        switch purpose {
        case .export(let fortnight, let format): return [.export(fortnight: fortnight, format: format)]
        }
    }

    private static func complete(_ prompt: Prompt, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        switch prompt.purpose {
        case .search:
            let query = prompt.editor.text
            state.search = query.isEmpty ? nil : query
            if state.search != nil { Search.step(&state, forward: true, includingCurrent: true) }
            return []
        case .memo(let fortnight, let quoteID):
            return Tagging.saveMemo(prompt.editor.text, fortnight: fortnight, quoteID: quoteID, &state)
        case .addConcern, .renameConcern, .describeConcern, .rethemeConcern:
            return CodebookUpdate.complete(prompt.purpose, prompt.editor.text, &state)
        case .keyConcernRule:
            return CountsUpdate.setKeyConcernRule(prompt.editor.text, &state)
        case .autocodePattern:
            let pattern = prompt.editor.text
            guard !pattern.isEmpty else { return [] }
            let concerns = state.project.codebook.concerns
            state.modal = .picker(
                Picker(
                    title: "Tag “\(pattern)” with", options: concerns.map(\.name), selected: 0,
                    purpose: .autocode(pattern: pattern, concerns: concerns.map(\.id))))
            return []
        case .importPath:
            let path = prompt.editor.text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : [.readImport(path: path)]
        }
    }

    private static func choose(_ picker: Picker, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        guard picker.options.indices.contains(picker.selected) else { return [] }
        switch picker.purpose {
        case .filter(let filters):
            state.logs.filter = filters[picker.selected]
            state.logs.selected = 0
            return []
        case .concern(let ids):
            return Tagging.toggle(concern: ids[picker.selected], &state, environment)
        case .export(let fortnight):
            let format = ExportFormat.allCases[picker.selected]
            let warnings = format.carriesFigures
                ? ProvisionalExport.warnings(state.project, scope: .fortnight(fortnight)) : []
            guard let warning = warnings.first else { return [.export(fortnight: fortnight, format: format)] }
            state.modal = .confirm(
                Confirmation(
                    question: "\(warning). Export anyway? y/n", purpose: .export(fortnight: fortnight, format: format)))
            return []
        case .autocode(let pattern, let concerns):
            return Autocoding.start(pattern: pattern, concern: concerns[picker.selected], &state, environment)
        case .importDateFormat(let formats):
            return ImportPreviewUpdate.chose(dateFormat: formats[picker.selected], &state)
        case .attributionRole(let names):
            return AttributionUpdate.chose(role: names[picker.selected], &state)
        case .attributionSetting(let role, let names):
            return AttributionUpdate.chose(role: role, setting: names[picker.selected], &state)
        case .notePart(let fortnight):
            let parts = TextPurpose.noteParts(fortnight: fortnight)
            state.modal = .text(TextEditing(parts[picker.selected].purpose, in: state.project))
            return []
        }
    }
}
