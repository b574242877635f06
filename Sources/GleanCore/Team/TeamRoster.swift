/// The team's facilitators as the shared files name them.
public enum TeamRoster {
    /// Facilitators' display names by id; empty when the project is not a team project or the files cannot be read.
    public static func names(_ layout: ProjectLayout) -> [String: String] {
        (try? TeamFiles(layout).read(own: nil).names) ?? [:]
    }

    /// How many edits each facilitator has made, by id.
    public static func editCounts(_ layout: ProjectLayout) throws -> [String: Int] {
        try TeamFiles(layout).read(own: nil).counts
    }
}
