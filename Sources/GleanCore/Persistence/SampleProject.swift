import Foundation
import GleanResources

/// The bundled sample programme, and copying it to where a user can work on it.
public enum SampleProject {
    /// Where `glean` keeps its working copy: `$XDG_DATA_HOME/glean/sample`, by default `~/.local/share/glean/sample`.
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return URL(fileURLWithPath: dataHome, isDirectory: true).appendingPathComponent(
            "glean/sample", isDirectory: true)
    }

    /// Writes a copy of the sample programme into `directory`, which must not hold a project already.
    public static func write(to directory: URL) throws {
        let store = try ProjectStore.open(BundledResources.sampleProject)
        _ = try ProjectStore.create(store.opened, in: directory)
    }
}
