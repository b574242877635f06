import Foundation
import XCTest

/// Files outside a project that a hostile link inside it points at: a file and a folder, whose state must be the same
/// after Glean ran as before.
struct Victim {
    /// A regular file with known contents.
    let file: URL
    /// A folder holding one file.
    let folder: URL
    /// A path in `folder` that does not exist, for dangling links: Glean must not create it.
    let missing: URL
    /// The copy of the original, when one was made.
    var copy: URL?
    private let before: [String: Data]

    /// Makes the victim's files in `scratch`, with a copy of `original` (a file or folder) in `folder` when given.
    init(in scratch: URL, copying original: URL? = nil) throws {
        let root = scratch.appendingPathComponent("victim", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        file = root.appendingPathComponent("precious.txt")
        let folder = root.appendingPathComponent("folder", isDirectory: true)
        self.folder = folder
        missing = folder.appendingPathComponent("not-yet")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("the victim's own words\n".utf8).write(to: file)
        try Data("more of them\n".utf8).write(to: folder.appendingPathComponent("inside.txt"))
        if let original {
            try FileManager.default.copyItem(
                at: original, to: folder.appendingPathComponent(original.lastPathComponent))
        }
        copy = original.map { folder.appendingPathComponent($0.lastPathComponent) }
        before = try Victim.state(of: root)
    }

    /// Fails the test when any of the victim's files or folders changed, appeared or went.
    func assertUntouched(_ context: String, file testFile: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(
            try Victim.state(of: self.file.deletingLastPathComponent()), before, context, file: testFile, line: line)
    }

    /// Every path under `root` with its bytes (folders as empty data with a trailing slash), plus its mode.
    private static func state(of root: URL) throws -> [String: Data] {
        var state: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root.path) {
            let url = root.appendingPathComponent(path)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let mode = attributes[.posixPermissions] as? Int ?? -1
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                state[path + "/"] = Data("\(mode)".utf8)
            } else {
                state[path] = try Data(contentsOf: url) + Data(" mode \(mode)".utf8)
            }
        }
        return state
    }
}

/// Runs `body` on another thread and fails, rather than hanging the test, when it takes longer than `seconds` (as it
/// would when a fifo is opened or read).
func finishing<Value: Sendable>(
    within seconds: Double, _ what: String, file: StaticString = #filePath, line: UInt = #line,
    _ body: @escaping @Sendable () -> Value
) -> Value? {
    let done = DispatchSemaphore(value: 0)
    let box = Box<Value>()
    Thread.detachNewThread {
        box.value = body()
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else {
        XCTFail("\(what) did not finish within \(seconds) s: it waits on something", file: file, line: line)
        return nil
    }
    return box.value
}
