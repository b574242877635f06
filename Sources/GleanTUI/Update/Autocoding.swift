import GleanCore

/// `A` on the Logs screen: tag every sentence of the fortnight matching a pattern, as one undoable edit.
enum Autocoding {
    static func run(pattern: String, concern: String, _ state: inout AppState, _ environment: UpdateEnvironment) -> [Effect] {
        do {
            guard let edit = try AutoCoding.edit(
                state.project, pattern: pattern, concern: concern, fortnight: state.logs.fortnight,
                newID: environment.newID, coder: environment.coder, created: environment.now())
            else {
                state.message = "No untagged sentence in fortnight \(state.logs.fortnight) matches “\(pattern)”"
                return []
            }
            return History.commit(edit, &state)
        } catch let error as ProjectError {
            state.message = error.problem
            return []
        } catch {
            state.message = "\(error)"
            return []
        }
    }
}
