import Foundation

/// A facilitator: a stable id and the name shown to the team.
public struct Facilitator: Codable, Equatable, Sendable {
    /// A lower-case UUID, created once per facilitator.
    public var id: String
    /// The display name.
    public var name: String

    /// Creates a facilitator.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// Where the facilitator's identity is kept: `$XDG_CONFIG_HOME/glean/facilitator.json`, never in a project.
public enum FacilitatorIdentity {
    /// The facilitator on this machine, created on first use.
    public static func current(environment: [String: String]) throws -> Facilitator {
        let file = configFolder(environment).appendingPathComponent("facilitator.json")
        if let data = try? Data(contentsOf: file), let facilitator = try? JSONDecoder().decode(Facilitator.self, from: data) {
            return facilitator
        }
        let facilitator = Facilitator(id: UUID().uuidString.lowercased(), name: environment["USER"] ?? "facilitator")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONFormat.snapshot(facilitator).write(to: file, options: .atomic)
        return facilitator
    }

    private static func configFolder(_ environment: [String: String]) -> URL {
        let base = environment["XDG_CONFIG_HOME"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".config")
        return base.appendingPathComponent("glean", isDirectory: true)
    }
}
