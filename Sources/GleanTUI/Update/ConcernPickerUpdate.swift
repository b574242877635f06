import GleanCore

/// Keys in the concern picker: typing filters, arrows and PgUp/PgDn/Home/End move, Enter toggles the highlighted
/// concern (or creates and tags the new one) and keeps the picker open, so a quote can take several concerns in a
/// row; Esc closes it.
enum ConcernPickerUpdate {
    static func handle(
        _ key: KeyPress, _ picker: ConcernPicker, _ state: inout AppState, _ environment: UpdateEnvironment
    ) -> [Effect] {
        var picker = picker
        let options = picker.options(state.project.codebook, ticked: Tagging.exactQuote(state)?.concerns ?? [])
        let command = KeyMap.command(for: key, in: .concernPicker)
        if let command,
            let row = ListNavigation.index(
                after: command, current: picker.selected, count: options.count, page: pageSize(state))
        {
            picker.selected = row
            state.modal = .concernPicker(picker)
            return []
        }
        switch command {
        case .back:
            state.modal = nil
            return []
        case .open:
            guard options.indices.contains(picker.selected) else { return [] }
            let effects: [Effect]
            let id: String?
            switch options[picker.selected] {
            case .concern(let concern):
                effects = Tagging.toggle(concern: concern.id, &state, environment)
                id = concern.id
            case .create(let name, let theme):
                effects = Tagging.createAndTag(name: name, theme: theme, &state, environment)
                id = state.project.codebook.concerns.last { $0.name == name }?.id
            }
            // The filter is cleared for the next concern; the one just toggled stays highlighted.
            picker = ConcernPicker()
            picker.selected = state.project.codebook.concerns.firstIndex { $0.id == id } ?? 0
            state.modal = .concernPicker(picker)
            return effects
        default:
            guard key != .resize, picker.filter.handle(key) else { return [] }
            picker.selected = 0
        }
        state.modal = .concernPicker(picker)
        return []
    }

    /// The rows a page moves: those the picker shows on this screen.
    static func pageSize(_ state: AppState) -> Int {
        max(1, ConcernPickerView.visibleRows(screenHeight: state.size.height))
    }
}
