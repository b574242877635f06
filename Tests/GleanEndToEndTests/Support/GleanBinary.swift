import Foundation
import GleanTestSupport

/// The `glean` executable built next to the test bundle, and a way to run it as a subprocess.
enum GleanBinary {
    /// The path of the built `glean` executable, or nil when it is not where the build puts it.
    static var url: URL? {
        let candidate = buildDirectory.appendingPathComponent("glean")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }

    /// The build products folder (`.build/debug`), which holds both the test bundle and `glean`.
    static var buildDirectory: URL {
        #if os(macOS)
            // xctest loads the `.xctest` bundle, which sits in the products folder.
            return Bundle(for: BundleToken.self).bundleURL.deletingLastPathComponent()
        #else
            // On Linux the tests are an executable in the products folder, and it is the main bundle.
            return Bundle.main.bundleURL
        #endif
    }

    /// A configuration folder of the tests' own, so no glean they start reads or writes the real
    /// `~/.config/glean` (the facilitator identity lives there).
    static let configurationHome: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glean-e2e-config-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }()

    /// The environment every glean the tests start gets: this process's, with `XDG_CONFIG_HOME` set to
    /// `configurationHome`, then `overrides`.
    static func environment(_ overrides: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": configurationHome]) { _, new in new }
            .merging(overrides) { _, new in new }
    }

    /// Runs `glean arguments…` to completion with `environment(overrides)`.
    static func run(_ arguments: [String], environment overrides: [String: String] = [:]) throws -> CommandResult {
        guard let url else { throw MissingBinary() }
        return try Subprocess.run(url, arguments, environment: environment(overrides))
    }

    /// Starts `glean arguments…` with `environment()`, without waiting for it; `terminalOutput` as for
    /// `Subprocess.spawn`.
    static func spawn(_ arguments: [String], terminalOutput: Bool = false) throws -> SpawnedProcess {
        guard let url else { throw MissingBinary() }
        return try Subprocess.spawn(url, arguments, environment: environment(), terminalOutput: terminalOutput)
    }
}

/// Thrown when the `glean` executable is not next to the tests.
struct MissingBinary: Error, CustomStringConvertible {
    var description: String {
        "no glean executable at \(GleanBinary.buildDirectory.path)/glean; build it first (swift build) or let swift test build it"
    }
}

#if os(macOS)
    /// A class in this module, so `Bundle(for:)` can find the test bundle.
    private final class BundleToken {}
#endif
