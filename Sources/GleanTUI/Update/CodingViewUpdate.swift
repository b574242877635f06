/// `v`: turns to the next coding view and says what it shows.
enum CodingViewUpdate {
    static func cycle(_ state: inout AppState) -> [Effect] {
        state.coding.view = state.coding.view.next
        state.message = "View \(state.coding.view.label): \(state.coding.view.explanation)"
        return []
    }
}
