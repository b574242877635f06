/// Fits a quote's concern names into a width: whole when they fit, else each cut to the same longest length (at least
/// `shortest` columns, "…" included), else as many as fit followed by "+N" for the rest. Names are never run together:
/// `separator` goes between them.
enum ConcernLabels {
    static let separator = ", "
    static let shortest = 4

    /// The names to draw, in order, and how many more were left out (shown as "+N").
    struct Fitted: Equatable {
        var labels: [String]
        var hidden: Int

        /// The "+N" label for the names left out, or nil when none were.
        var more: String? { hidden > 0 ? "+\(hidden)" : nil }
    }

    /// `names` fitted into `width` columns.
    static func fit(_ names: [String], width: Int) -> Fitted {
        let widths = names.map(DisplayWidth.of)
        let separatorWidth = DisplayWidth.of(separator)
        for shown in stride(from: names.count, through: 1, by: -1) {
            let hidden = names.count - shown
            let more = hidden > 0 ? DisplayWidth.of("+\(hidden)") + separatorWidth : 0
            let room = width - more - separatorWidth * (shown - 1)
            if let cap = widestCap(Array(widths.prefix(shown)), room: room) {
                return Fitted(labels: names.prefix(shown).map { TextLayout.truncate($0, toWidth: cap) }, hidden: hidden)
            }
        }
        return Fitted(labels: names.prefix(1).map { TextLayout.truncate($0, toWidth: max(1, width)) }, hidden: 0)
    }

    /// The largest cap (down to `shortest`) at which `widths`, each cut to the cap, add up to at most `room`.
    private static func widestCap(_ widths: [Int], room: Int) -> Int? {
        let longest = widths.max() ?? 0
        return stride(from: longest, through: min(longest, shortest), by: -1).first { cap in
            widths.reduce(0) { $0 + min($1, cap) } <= room
        }
    }
}
