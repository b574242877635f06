/// The parts of `glean counts --json` the tests read: per fortnight, each concern's quotes and participants.
struct CountsDocument: Decodable {
    /// One fortnight's row.
    struct Fortnight: Decodable {
        let number: Int
        let concerns: [Concern]
    }

    /// One concern's counts in one fortnight.
    struct Concern: Decodable {
        let key: Int?
        let quotes: Int
        let participants: Int
    }

    let fortnights: [Fortnight]

    /// The counts of the concern bound to number key `key` in fortnight `number`, if there are any.
    func concern(key: Int, fortnight number: Int) -> Concern? {
        fortnights.first { $0.number == number }?.concerns.first { $0.key == key }
    }
}
