import ArgumentParser
import GleanCore

/// A command with an optional `--fortnight N`, which must be a fortnight number Glean accepts.
protocol FortnightOptionCommand: ParsableCommand {
    /// The fortnight named with `--fortnight`, if any.
    var fortnight: Int? { get }
}

extension FortnightOptionCommand {
    /// Refuses a `--fortnight` out of range, naming the range.
    func checkFortnight() throws {
        try OptionRange.check(fortnight, Project.fortnightRange, option: "--fortnight")
    }

    /// Checks `--fortnight`; a command with more to check calls `checkFortnight()` from its own `validate()`.
    func validate() throws {
        try checkFortnight()
    }
}
