import GleanCore

/// Choosing the participant attributes that attribute featured quotes (`a` on Counts: a role picker, then a care
/// setting picker, as one undoable edit), and the warning an export gives when a featured quote would be attributed
/// only as "a participant".
enum AttributionUpdate {
    /// Opens the role picker, on the current role attribute.
    static func start(_ state: inout AppState) -> [Effect] {
        let names = choices(state.project)
        state.modal = .picker(
            Picker(
                title: "Attribute quotes by role", options: names.map(label),
                selected: names.firstIndex(of: state.project.attribution.role) ?? 0, purpose: .attributionRole(names)))
        return []
    }

    /// After the role was picked: opens the care setting picker, on the current setting attribute.
    static func chose(role: String?, _ state: inout AppState) -> [Effect] {
        let names = choices(state.project)
        state.modal = .picker(
            Picker(
                title: "…and by care setting", options: names.map(label),
                selected: names.firstIndex(of: state.project.attribution.setting) ?? 0,
                purpose: .attributionSetting(role: role, names)))
        return []
    }

    /// After both were picked: sets the attribution, as one undoable edit.
    static func chose(role: String?, setting: String?, _ state: inout AppState) -> [Effect] {
        let chosen = Attribution(role: role, setting: setting)
        guard let edit = try? state.project.choosingAttribution(chosen) else {
            state.message = "Quotes are already attributed by \(chosen.description)"
            return []
        }
        return History.commit(edit, &state)
    }

    /// "2 featured quotes would be attributed only as "a participant" …" for the current fortnight, or nil.
    static func exportWarning(_ state: AppState) -> String? {
        let count = state.project.quotesAttributedAnonymously(inFortnights: [state.currentFortnight])
        guard count > 0 else { return nil }
        return state.project.attribution.anonymousWarning(
            quotes: count, fix: "press a on the Counts screen to choose the attributes")
    }

    /// No attribute, then every attribute the participants have.
    private static func choices(_ project: Project) -> [String?] {
        [nil] + project.attributeNames.map { Optional($0) }
    }

    private static func label(_ name: String?) -> String {
        name ?? "(none)"
    }
}
