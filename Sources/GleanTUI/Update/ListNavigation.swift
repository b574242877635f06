/// Moving through a list with the key table's navigation commands: the one rule every list, pick list and scrolled
/// view follows, so `j k ↑ ↓ g G Home End PgUp PgDn Space` mean the same everywhere.
enum ListNavigation {
    /// The row `command` moves to from `current` in a list of `count` rows that shows `page` rows at a time, kept
    /// within the list; nil when `command` does not move through a list.
    static func index(after command: Command, current: Int, count: Int, page: Int) -> Int? {
        let last = max(0, count - 1)
        let step = max(1, page)
        let target: Int
        switch command {
        case .up: target = current - 1
        case .down: target = current + 1
        case .pageUp: target = current - step
        case .pageDown: target = current + step
        case .top: target = 0
        case .bottom: target = last
        default: return nil
        }
        return max(0, min(last, target))
    }

    /// The rows a list in a window `height` rows high shows at once: the body less the tab and status bars and the
    /// list's own heading lines.
    static func page(forHeight height: Int) -> Int {
        max(1, height - 6)
    }
}
