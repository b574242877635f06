import Foundation
import GleanCore

/// Keys while a modal is open, resolved through the key table: help and message scrolling, prompt typing, picking,
/// answering a question, writing in the multi-line editor.
enum ModalUpdate {
    static func handle(_ key: KeyPress, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        switch state.modal {
        case .help(let scroll):
            let lines = HelpView.lineCount(state)
            state.modal = scrolled(key, scroll, lines: lines, in: .help, state).map { .help(scroll: $0) }
            return []
        case .messages(let scroll):
            let lines = MessagesView.lineCount(state)
            state.modal = scrolled(key, scroll, lines: lines, in: .messages, state).map { .messages(scroll: $0) }
            return []
        case .prompt(var prompt):
            switch KeyMap.command(for: key, in: .prompt) {
            case .back:
                state.modal = nil
            case .open:
                state.modal = nil
                return complete(prompt, &state, environment)
            default:
                _ = prompt.editor.handle(key)
                state.modal = .prompt(prompt)
            }
            return []
        case .picker(var picker):
            guard let command = KeyMap.command(for: key, in: .picker) else { return [] }
            let page = ListNavigation.page(forHeight: state.size.height)
            if let row = ListNavigation.index(
                after: command, current: picker.selected, count: picker.options.count, page: page)
            {
                picker.selected = row
                state.modal = .picker(picker)
                return []
            }
            switch command {
            case .back:
                state.modal = nil
            case .open:
                state.modal = nil
                return choose(picker, &state, environment)
            default: break
            }
            return []
        case .text(let editing):
            return TextEditingUpdate.handle(key, editing, &state)
        case .confirm(let confirmation):
            switch KeyMap.command(for: key, in: .confirm) {
            case .yes:
                state.modal = nil
                return confirmed(confirmation.purpose, &state)
            case .no:
                state.modal = nil
                state.message = declined(confirmation.purpose)
            default: break
            }
            return []
        case .concernPicker(let picker):
            return ConcernPickerUpdate.handle(key, picker, &state, environment)
        case nil:
            return []
        }
    }

    /// The new scroll position of a view of `lines` lines scrolled by the navigation keys of `context`, or nil when
    /// `key` closes it (any key that does not scroll, except a resize).
    private static func scrolled(
        _ key: KeyPress, _ scroll: Int, lines: Int, in context: KeyContext, _ state: AppState
    ) -> Int? {
        guard key != .resize else { return scroll }
        let page = max(1, state.size.height - 3)
        let positions = max(1, lines - page + 1)
        return KeyMap.command(for: key, in: context).flatMap {
            ListNavigation.index(after: $0, current: min(scroll, positions - 1), count: positions, page: page)
        }
    }

    private static func confirmed(_ purpose: ConfirmationPurpose, _ state: inout AppState) -> [Effect] {
        switch purpose {
        case .export(let fortnight, let format): return ExportUpdate.start(fortnight: fortnight, format: format, &state)
        case .replaceExport(let fortnight, let format):
            return ExportUpdate.start(fortnight: fortnight, format: format, replacing: true, &state)
        case .autocode(let plan): return Autocoding.apply(plan, &state)
        }
    }

    /// The status message after answering no.
    private static func declined(_ purpose: ConfirmationPurpose) -> String {
        switch purpose {
        case .export, .replaceExport: return "Nothing was exported"
        case .autocode: return Autocoding.cancelledMessage
        }
    }

    private static func complete(_ prompt: Prompt, _ state: inout AppState, _ environment: UpdateEnvironment)
        -> [Effect]
    {
        switch prompt.purpose {
        case .search:
            Search.begin(prompt.editor.text, &state)
            return []
        case .memo(let fortnight, let quoteID):
            return Tagging.saveMemo(prompt.editor.text, fortnight: fortnight, quoteID: quoteID, &state)
        case .addConcern, .renameConcern, .describeConcern, .rethemeConcern, .addConcernInNewTheme, .renameTheme:
            return CodebookUpdate.complete(prompt.purpose, prompt.editor.text, &state)
        case .keyConcernRule:
            return CountsUpdate.setKeyConcernRule(prompt.editor.text, &state)
        case .autocodePattern(let concern):
            let pattern = prompt.editor.text
            guard !pattern.isEmpty else { return [] }
            return Autocoding.start(pattern: pattern, concern: concern, &state, environment)
        case .importPath:
            let path = prompt.editor.text.trimmingCharacters(in: .whitespaces)
            return path.isEmpty ? [] : ImportReadingUpdate.start(path, &state)
        }
    }

    private static func choose(_ picker: Picker, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect]
    {
        guard picker.options.indices.contains(picker.selected) else { return [] }
        switch picker.purpose {
        case .filter(let filters):
            state.logs.filter = filters[picker.selected]
            state.logs.selected = 0
            return []
        case .export(let fortnight):
            let format = ExportFormat.fortnightFormats[picker.selected]
            let warnings =
                format.carriesFigures
                ? ProvisionalExport.warnings(state.project, scope: .fortnight(fortnight)) : []
            guard let warning = warnings.first else {
                return ExportUpdate.start(fortnight: fortnight, format: format, &state)
            }
            state.modal = .confirm(
                Confirmation(
                    question: "\(warning). Export anyway? y/n", purpose: .export(fortnight: fortnight, format: format)))
            return []
        case .autocodeConcern(let concerns):
            Autocoding.askPattern(concern: concerns[picker.selected], &state)
            return []
        case .importDateFormat(let formats):
            return ImportPreviewUpdate.chose(dateFormat: formats[picker.selected], &state)
        case .attributionRole(let names):
            return AttributionUpdate.chose(role: names[picker.selected], &state)
        case .attributionSetting(let role, let names):
            return AttributionUpdate.chose(role: role, setting: names[picker.selected], &state)
        case .addConcernTheme, .moveConcern, .mergeConcern:
            return CodebookUpdate.choose(picker.purpose, picker.selected, &state)
        case .notePart(let fortnight):
            let parts = TextPurpose.noteParts(fortnight: fortnight)
            state.modal = .text(TextEditing(parts[picker.selected].purpose, in: state.project))
            return []
        }
    }
}
