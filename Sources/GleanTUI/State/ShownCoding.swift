import GleanCore

extension AppState {
    /// Fortnight `number` as the coding view shows it: the quotes the view hides taken out. Every place in the
    /// interface that lists, highlights, ticks or counts quotes reads them through here.
    public func shownFortnight(_ number: Int) -> Fortnight {
        var fortnight = project.fortnight(number)
        if coding.view != .everyone { fortnight.quotes = fortnight.quotes.filter(coding.shows) }
        return fortnight
    }

    /// The project as the coding view shows it, for the Counts screen's figures.
    public var shownProject: Project {
        guard coding.view != .everyone else { return project }
        var shown = project
        for number in shown.fortnights.keys { shown.fortnights[number]?.quotes.removeAll { !coding.shows($0) } }
        return shown
    }
}
