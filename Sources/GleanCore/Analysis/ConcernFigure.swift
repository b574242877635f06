/// One concern's figure in one fortnight, in numbers and in the words every summary, export and screen uses:
/// "raised by 10 of 26 participants who wrote (38%), up from 7 of 28 (25%)".
///
/// This is the one place the words are made. Changes compare rates (whole percentages), never raw counts, because
/// fortnights have different numbers of writers. A rise or fall is claimed only between fortnights whose coding is
/// done; a provisional fortnight's figure says so instead.
public struct ConcernFigure: Equatable, Sendable {
    /// How a concern's share moved against the fortnight before.
    enum Direction: String, Equatable, Sendable {
        case up, down, same
    }

    /// Participants raising the concern, of participants who wrote in the fortnight.
    public var share: Share
    /// The same in the fortnight before; nil in fortnight 1 or when nobody wrote then.
    var previous: Share?
    /// Whether the fortnight before is itself provisional (so no rise or fall is claimed against it).
    var previousIsProvisional: Bool
    /// The change in percentage points against the fortnight before, when a comparison holds.
    public var shareChange: Int?
    /// Which way the share moved, when a comparison holds (both fortnights done).
    var direction: Direction?
    /// How many fortnights running, ending with this one, the share has moved in `direction` (1 for a single move);
    /// 0 when there is no direction or it is unchanged.
    var run: Int
    /// The fortnight's logs still to code; 0 when the fortnight is done.
    var logsToCode: Int
    /// The fortnight's logs.
    var logs: Int

    /// Whether the fortnight's coding is unfinished, so the figure may still change.
    var isProvisional: Bool { logsToCode > 0 }

    /// The figure of concern `id` in fortnight `number` of `table`, comparing with earlier fortnights of the table.
    init(_ table: CountsTable, concern id: String, fortnight number: Int) {
        let rows = table.fortnights
        let index = rows.firstIndex { $0.number == number }
        let row = index.map { rows[$0] }
        share = ConcernFigure.share(row, id)
        logs = row?.logs ?? 0
        logsToCode = row.map { $0.logs - $0.logsDone } ?? 0
        let before = index.flatMap { $0 > 0 ? rows[$0 - 1] : nil }
        previous = before.flatMap { $0.participants > 0 ? ConcernFigure.share($0, id) : nil }
        previousIsProvisional = before?.isProvisional ?? false
        direction = nil
        shareChange = nil
        run = 0
        guard let index, let previous, !isProvisional, !previousIsProvisional, share.total > 0 else { return }
        let change = share.percent - previous.percent
        shareChange = change
        let direction = ConcernFigure.direction(change)
        self.direction = direction
        guard direction != .same else { return }
        run = 1
        var earlier = index - 1
        while earlier > 0, ConcernFigure.movement(rows[earlier - 1], rows[earlier], id) == direction {
            run += 1
            earlier -= 1
        }
    }

    /// The figure in words, e.g. "raised by 10 of 26 participants who wrote (38%), up from 7 of 28 (25%); raised more
    /// often for the second fortnight running", or for a provisional fortnight "raised by 4 of 26 participants who
    /// wrote (15%) so far; provisional: 12 of 26 logs still to code".
    var raisedBy: String {
        guard share.total > 0 else { return "not raised: nobody wrote this fortnight" }
        let noun = share.total == 1 ? "participant" : "participants"
        let base = "raised by \(share.count) of \(share.total) \(noun) who wrote (\(share.percent)%)"
        if isProvisional {
            return "\(base) so far; provisional: \(logsToCode) of \(logs) \(logs == 1 ? "log" : "logs") still to code"
        }
        guard let previous else { return base }
        if previousIsProvisional {
            return "\(base); last fortnight, still provisional, \(previous.text)"
        }
        switch direction {
        case .up?: return "\(base), up from \(previous.text)\(trendWords)"
        case .down?: return "\(base), down from \(previous.text)\(trendWords)"
        case .same?, nil: return "\(base), about the same as last fortnight's \(previous.text)"
        }
    }

    /// "; raised more often for the third fortnight running" when the move has held two fortnights or more.
    var trendWords: String {
        guard run >= 2, let direction, direction != .same else { return "" }
        let how = direction == .up ? "more" : "less"
        return "; raised \(how) often for the \(ConcernFigure.ordinal(run)) fortnight running"
    }

    /// The change in percentage points for a table cell: "+13", "−2", "=", "new", "provisional" while the
    /// fortnight's coding is unfinished, or "" when no comparison holds.
    var changeMark: String {
        if isProvisional { return "provisional" }
        guard let shareChange, let previous else { return "" }
        if previous.count == 0 && share.count > 0 { return "new" }
        if shareChange == 0 { return "=" }
        return shareChange > 0 ? "+\(shareChange)" : "−\(-shareChange)"
    }

    /// "▲13", "▼2" (percentage points), or "" when unchanged or no comparison holds.
    public var arrow: String {
        guard let shareChange, shareChange != 0 else { return "" }
        return shareChange > 0 ? "▲\(shareChange)" : "▼\(-shareChange)"
    }

    private static func share(_ row: FortnightCounts?, _ id: String) -> Share {
        Share(count: row?.count(of: id)?.participants ?? 0, of: row?.participants ?? 0)
    }

    private static func direction(_ change: Int) -> Direction {
        change == 0 ? .same : change > 0 ? .up : .down
    }

    /// The direction from `before` to `after`, or nil when either is provisional or has no writers.
    private static func movement(_ before: FortnightCounts, _ after: FortnightCounts, _ id: String) -> Direction? {
        guard !before.isProvisional, !after.isProvisional, before.participants > 0, after.participants > 0 else {
            return nil
        }
        return direction(share(after, id).percent - share(before, id).percent)
    }

    private static func ordinal(_ number: Int) -> String {
        let words = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if number < words.count { return words[number] }
        let suffix =
            (11...13).contains(number % 100)
            ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][number % 10]
        return "\(number)\(suffix)"
    }
}

extension CountsTable {
    /// The figure of concern `id` in fortnight `number`: see `ConcernFigure`.
    public func figure(of id: String, fortnight number: Int) -> ConcernFigure {
        ConcernFigure(self, concern: id, fortnight: number)
    }
}
