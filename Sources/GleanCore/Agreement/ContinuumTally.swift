/// Facilitators' codings of stretches of text (continua) for one concern, character by character: each character is
/// 1 for a facilitator when it lies inside one of their runs (the maximal stretches their quotes cover), else 0.
///
/// Besides the character tally it keeps the sum of the squared run lengths, which the unitized alpha needs.
struct ContinuumTally: Equatable, Sendable {
    /// The characters' codes, tallied.
    private(set) var characters: BinaryTally
    /// Σ ℓ² over every facilitator's runs.
    private(set) var squaredRunLengths = 0.0

    /// An empty tally for `coders` facilitators.
    init(coders: Int) {
        characters = BinaryTally(coders: coders)
    }

    /// Adds a continuum of `length` characters on which facilitator `i` coded the ranges `codings[i]` (they may
    /// overlap or touch; they are merged into runs and cut to the continuum).
    mutating func add(length: Int, codings: [[Range<Int>]]) {
        precondition(codings.count == characters.coders, "one coding per facilitator")
        guard length > 0 else { return }
        let runs = codings.map { Self.runs(of: $0, within: length) }
        squaredRunLengths += runs.joined().reduce(0.0) { $0 + Double($1.count) * Double($1.count) }
        let cuts = Set([0, length] + runs.joined().flatMap { [$0.lowerBound, $0.upperBound] }).sorted()
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            let codes: [Bool?] = runs.map { coder in coder.contains { $0.contains(start) } }
            characters.add(codes, weight: end - start)
        }
    }

    /// Adds every continuum of `other`, a tally of the same facilitators.
    mutating func add(_ other: ContinuumTally) {
        characters.add(other.characters)
        squaredRunLengths += other.squaredRunLengths
    }

    /// `ranges` cut to 0..<length, sorted, with overlapping or touching ranges merged.
    static func runs(of ranges: [Range<Int>], within length: Int) -> [Range<Int>] {
        let cut = ranges.compactMap { range -> Range<Int>? in
            let lower = min(max(0, range.lowerBound), length)
            let upper = max(lower, min(length, range.upperBound))
            return lower < upper ? lower..<upper : nil
        }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for range in cut {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
