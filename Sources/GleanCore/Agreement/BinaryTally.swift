/// The binary codes (1 coded, 0 not) that several facilitators gave the same units, tallied as the agreement
/// coefficients need them: a 2×2 table per pair of facilitators and Krippendorff's coincidence matrix.
///
/// A facilitator's code may be missing (nil) for a unit; a unit counts only when at least two facilitators coded it.
/// A weight lets one call stand for a run of identical units (the characters of a stretch of text).
struct BinaryTally: Equatable, Sendable {
    /// How many facilitators are compared.
    let coders: Int
    /// How many units at least two facilitators coded.
    private(set) var units = 0
    /// For each pair of facilitators (in `pairs` order) the units both coded, by their codes: index 2·a + b.
    private(set) var pairCells: [[Int]]
    /// Krippendorff's coincidences: pairs of values 0–0, 0–1 (equal to 1–0) and 1–1.
    private(set) var coincidence00 = 0.0
    private(set) var coincidence01 = 0.0
    private(set) var coincidence11 = 0.0

    /// An empty tally for `coders` facilitators.
    init(coders: Int) {
        self.coders = coders
        pairCells = Array(repeating: [0, 0, 0, 0], count: max(0, coders * (coders - 1) / 2))
    }

    /// The pairs of facilitator indices, first < second, in a fixed order.
    var pairs: [(first: Int, second: Int)] {
        (0..<coders).flatMap { first in (first + 1..<coders).map { (first, $0) } }
    }

    /// Adds `weight` units on which facilitator `i` gave `codes[i]` (nil: not coded).
    mutating func add(_ codes: [Bool?], weight: Int = 1) {
        precondition(codes.count == coders, "one code per facilitator")
        let present = codes.compactMap { $0 }
        let valued = present.count
        guard valued >= 2, weight > 0 else { return }
        units += weight
        for (index, pair) in pairs.enumerated() {
            guard let first = codes[pair.first], let second = codes[pair.second] else { continue }
            pairCells[index][(first ? 2 : 0) + (second ? 1 : 0)] += weight
        }
        let ones = Double(present.count { $0 })
        let zeros = Double(valued) - ones
        let share = Double(weight) / Double(valued - 1)
        coincidence11 += share * ones * (ones - 1)
        coincidence00 += share * zeros * (zeros - 1)
        coincidence01 += share * ones * zeros
    }

    /// Adds every unit of `other`, a tally of the same facilitators.
    mutating func add(_ other: BinaryTally) {
        precondition(other.coders == coders, "tallies of the same facilitators")
        units += other.units
        for index in pairCells.indices {
            for cell in 0..<4 { pairCells[index][cell] += other.pairCells[index][cell] }
        }
        coincidence00 += other.coincidence00
        coincidence01 += other.coincidence01
        coincidence11 += other.coincidence11
    }

    /// How many paired values there are (n in Krippendorff's notation): each unit counts once per facilitator who coded
    /// it.
    var pairedValues: Double { coincidence00 + 2 * coincidence01 + coincidence11 }
    /// Paired values that are 1 (n₁).
    var pairedOnes: Double { coincidence11 + coincidence01 }
    /// Paired values that are 0 (n₀).
    var pairedZeros: Double { coincidence00 + coincidence01 }
}
