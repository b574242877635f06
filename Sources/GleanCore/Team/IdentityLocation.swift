import Foundation

/// Where a facilitator's identity is kept: `$XDG_CONFIG_HOME/glean/facilitator.json`, by default
/// `~/.config/glean/facilitator.json`; never inside a project.
public struct IdentityLocation: Equatable, Sendable {
    /// The name of the identity file.
    static let fileName = "facilitator.json"
    /// The name of Glean's folder inside the configuration folder.
    static let folderName = "glean"

    /// The configuration folder (`$XDG_CONFIG_HOME`, else `$HOME/.config`).
    var configuration: URL

    /// The location for `environment`; a relative or empty `XDG_CONFIG_HOME` is ignored, as the XDG rules say.
    public init(environment: [String: String]) throws {
        if let configured = environment["XDG_CONFIG_HOME"], configured.hasPrefix("/") {
            configuration = URL(fileURLWithPath: configured, isDirectory: true)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            configuration = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
                ".config", isDirectory: true)
        } else {
            throw ProjectError(
                file: "~/.config/\(IdentityLocation.folderName)/\(IdentityLocation.fileName)",
                problem:
                    "neither XDG_CONFIG_HOME nor HOME is set to a full path, so there is nowhere to keep your identity")
        }
    }

    /// The identity file's path, for messages.
    public var filePath: String {
        configuration.appendingPathComponent(IdentityLocation.folderName).appendingPathComponent(
            IdentityLocation.fileName
        ).path
    }
}
