import GleanTestSupport

extension String {
    /// The string with `insertion` placed at a random position between its scalars.
    func inserting(_ insertion: String, using rng: inout SeededGenerator) -> String {
        var scalars = Array(unicodeScalars)
        scalars.insert(contentsOf: insertion.unicodeScalars, at: Int.random(in: 0...scalars.count, using: &rng))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// The first 60 scalars, printable ASCII only, for a one-line account of what a mutation did.
    var brief: String { escaped(limit: 60) }

    /// The first `limit` scalars with every one outside printable ASCII written `\\u{…}`, so a report stays one line
    /// and shows exactly what a string holds.
    func escaped(limit: Int) -> String {
        var text = ""
        for scalar in unicodeScalars.prefix(limit) {
            text += (0x20...0x7E).contains(scalar.value) ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
        }
        return unicodeScalars.count > limit ? text + "…" : text
    }
}
