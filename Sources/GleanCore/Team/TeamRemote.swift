import Foundation

/// A team's git remote as the facilitator typed it, made safe to hand to git from the project's folder.
public enum TeamRemote {
    /// `remote` as git should be given it from any folder: a relative path to a repository on this machine (or
    /// anything that starts like an option) made absolute from `directory`, the folder the command was run in; URLs
    /// (`scheme://…`) and `host:path` addresses unchanged.
    public static func resolved(_ remote: String, from directory: URL) -> String {
        if remote.hasPrefix("/") || remote.contains("://") { return remote }
        if !remote.hasPrefix("-"), let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/") {
            return remote
        }
        return directory.appendingPathComponent(remote).standardizedFileURL.path
    }
}
