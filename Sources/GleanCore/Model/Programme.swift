/// A learning-log programme: its name and the day its first fortnight starts.
///
/// Fortnights are 14-day periods numbered from 1; a log belongs to the fortnight that contains its date.
public struct Programme: Codable, Equatable, Sendable {
    /// The programme's name, shown in the status bar and summary titles.
    public var name: String
    /// The first day of fortnight 1.
    var start: Day

    /// Creates a programme.
    public init(name: String, start: Day) {
        self.name = name
        self.start = start
    }

    /// The number of the fortnight containing `day`; 0 or less for days before the programme starts.
    public func fortnight(containing day: Day) -> Int {
        let offset = day.ordinal - start.ordinal
        return offset >= 0 ? offset / 14 + 1 : -((-offset - 1) / 14)
    }

    /// The first day of fortnight `number`.
    func firstDay(ofFortnight number: Int) -> Day {
        start.adding(days: (number - 1) * 14)
    }

    /// The last day of fortnight `number`.
    public func lastDay(ofFortnight number: Int) -> Day {
        firstDay(ofFortnight: number).adding(days: 13)
    }

    /// A fortnight's title, e.g. "Fortnight 3 — week ending Sunday 17 May 2020".
    public func title(ofFortnight number: Int) -> String {
        "Fortnight \(number) — week ending \(lastDay(ofFortnight: number).longText)"
    }
}
