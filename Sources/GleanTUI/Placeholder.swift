import GleanCore

public enum GleanApp {
    public static func run(store: ProjectStore) throws {}
}
