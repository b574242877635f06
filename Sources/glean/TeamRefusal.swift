import ArgumentParser

/// Says that the project at `path` is not a team project and how to make it one, and returns the failure to throw:
/// the one message `glean sync`, `glean team status` and `glean team history` give.
func notATeamProject(_ path: String) -> ExitCode {
    printError("\(path) is not a team project; make it one with glean team init -p PATH --remote URL")
    return ExitCode.failure
}
