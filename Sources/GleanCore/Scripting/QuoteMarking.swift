/// Featuring a quote and writing its memo, named by the quote's id, as the Reader's `*` and `m` do for the selection.
public enum QuoteMarking {
    /// The edit that features quote `id` (or stops featuring it), or nil when it is so already.
    public static func featuring(_ project: Project, quote id: String, featured: Bool) throws -> Edit? {
        var (number, quote) = try project.findQuote(id)
        guard quote.featured != featured else { return nil }
        quote.featured = featured
        let summary = featured ? "Featured quote \(id)" : "Stopped featuring quote \(id)"
        return Edit(summary: summary, changes: [.putQuote(fortnight: number, quote: quote)])
    }

    /// The edit that sets quote `id`'s memo (empty to clear it), or nil when it says that already.
    public static func memo(_ project: Project, quote id: String, memo: String) throws -> Edit? {
        var (number, quote) = try project.findQuote(id)
        guard quote.memo != memo else { return nil }
        quote.memo = memo
        let summary = memo.isEmpty ? "Cleared the memo on quote \(id)" : "Saved the memo on quote \(id)"
        return Edit(summary: summary, changes: [.putQuote(fortnight: number, quote: quote)])
    }
}
