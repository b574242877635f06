import Mustache

/// How many list items one rendering of a summary may go through, so that a template nesting lists inside lists
/// (`{{#allConcerns}}{{#allConcerns}}…`, which multiplies the work at every level) stops instead of running for ever.
///
/// The allowance is `repetitions` times the items the summary's lists hold, plus a little: a template may go through
/// every list many times over, but not through every list once for every item of another.
final class RenderBudget {
    /// How many times over a template may go through the summary's lists.
    static let repetitions = 16

    /// The items a rendering may still go through.
    private var remaining: Int
    /// The allowance at the start.
    let allowance: Int
    /// Whether a list stopped early because the allowance ran out.
    private(set) var exhausted = false

    /// A budget for a summary whose lists hold `items` items in all.
    init(items: Int) {
        allowance = RenderBudget.repetitions * items + 1_024
        remaining = allowance
    }

    /// Takes one item from the allowance; false (and `exhausted`) once there is none left.
    func spend() -> Bool {
        guard remaining > 0 else {
            exhausted = true
            return false
        }
        remaining -= 1
        return true
    }
}

/// A list in a template's context whose items are counted against a `RenderBudget` as Mustache goes through them.
struct TemplateList<Element>: MustacheSequence, MustacheTransformable {
    let items: [Element]
    let budget: RenderBudget

    /// Goes through `items` while the budget lasts.
    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Element]>
        let budget: RenderBudget

        mutating func next() -> Element? {
            guard let item = base.next(), budget.spend() else { return nil }
            return item
        }
    }

    func makeIterator() -> Iterator {
        Iterator(base: items.makeIterator(), budget: budget)
    }

    /// Mustache's array transforms (`first`, `last`, `count`, `empty`, `reversed`), the reversed list still counted.
    func transform(_ name: String) -> Any? {
        name == "reversed" ? TemplateList(items: items.reversed(), budget: budget) : items.transform(name)
    }
}
