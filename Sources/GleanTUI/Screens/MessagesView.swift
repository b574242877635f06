/// The recent messages (`M`), newest first, each with the time it was shown and wrapped to the window, scrolled by the
/// list navigation keys.
enum MessagesView {
    static func draw(_ state: AppState, _ scroll: Int, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        buffer.fill(x: area.x, y: area.y, width: area.width, height: area.height)
        buffer.put("Recent messages, newest first", x: 1, y: area.y, width: area.width - 2, style: theme.heading)
        let lines = self.lines(state)
        guard !lines.isEmpty else {
            buffer.put("No messages yet.", x: 2, y: area.y + 1, width: area.width - 3, style: theme.dim)
            return
        }
        let height = area.height - 1
        let top = min(scroll, max(0, lines.count - height))
        for (row, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let y = area.y + 1 + row
            buffer.put(line.time, x: 1, y: y, width: timeWidth, style: theme.dim)
            buffer.put(line.text, x: 1 + timeWidth, y: y, width: area.width - timeWidth - 2)
        }
    }

    /// How many lines the messages take in the window, for scrolling.
    static func lineCount(_ state: AppState) -> Int {
        lines(state).count
    }

    /// The columns of a message's time, "10:04 ".
    private static let timeWidth = 6

    /// Every message, newest first, wrapped; the time on each message's first line only.
    private static func lines(_ state: AppState) -> [(time: String, text: String)] {
        let width = max(1, state.size.width - timeWidth - 2)
        return state.messages.entries.reversed().flatMap { entry in
            TextLayout.wrap(entry.text, width: width).enumerated().map { index, range in
                (index == 0 ? clock(entry.time) : "", String(entry.text[range]))
            }
        }
    }

    /// "10:04" from an ISO 8601 time such as "2026-11-25T10:04:31Z".
    private static func clock(_ time: String?) -> String {
        guard let time, let start = time.firstIndex(of: "T") else { return "" }
        return String(time[time.index(after: start)...].prefix(5))
    }
}
