import Foundation
import GleanCore
import XCTest

/// The subcommands never write through links or onto devices, never read through links, and `glean check` names every
/// link, special file and group- or world-writable file in a project.
final class FileSafetyCommandTests: EndToEndTestCase {
    /// A file outside the project that links point at; it must never change.
    private func makeVictim() throws -> (url: URL, contents: Data) {
        let url = directory.appendingPathComponent("victim.txt")
        let contents = Data("the victim's own words\n".utf8)
        try contents.write(to: url)
        return (url, contents)
    }

    private func fileType(_ path: String) -> mode_t {
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0, path)
        return status.st_mode & S_IFMT
    }

    func testExportsToDevicesFifosAndLinksAreRefused() throws {
        let project = try makeSample()
        let victim = try makeVictim()
        let fifo = directory.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let reader = Glibc.open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let link = directory.appendingPathComponent("summary.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim.url.path)
        let cases: [(path: String, kind: String, type: mode_t)] = [
            ("/dev/null", "a character device", S_IFCHR), (fifo, "a fifo", S_IFIFO), (link, "a symbolic link", S_IFLNK),
            (directory.path, "a folder", S_IFDIR),
        ]
        for (path, kind, type) in cases {
            for format in [["--fortnight", "3"], ["--all", "--format", "csv"], ["--format", "qdpx"]] {
                let result = try GleanBinary.run(["export", "-p", project.path, "-o", path] + format)
                XCTAssertEqual(result.status, 1, "\(path) \(format): \(result.stdout)")
                XCTAssertEqual(
                    result.stderr,
                    "glean: \(path): not a regular file (\(kind)); Glean writes exports only to new files or regular files\n"
                )
                XCTAssertEqual(fileType(path), type, "\(path) is still \(kind)")
            }
        }
        var byte: UInt8 = 0
        XCTAssertLessThanOrEqual(read(reader, &byte, 1), 0, "nothing went into the fifo")
        XCTAssertEqual(try Data(contentsOf: victim.url), victim.contents)
    }

    func testEditingCommandsRefuseALinkedLockOrJournal() throws {
        let project = try makeSample()
        let victim = try makeVictim()
        let log = try XCTUnwrap(try readProject(project).fortnight(3).logs.first).id
        let tag = [
            "tag", "-p", project.path, "--log", log, "--section", "0", "--start", "0", "--end", "3", "--concern",
            "staff-wellbeing",
        ]
        for name in ["glean.lock", "journal.jsonl"] {
            let link = project.appendingPathComponent(name).path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim.url.path)
            for arguments in [tag, ["compact", "-p", project.path]] {
                let result = try GleanBinary.run(arguments)
                XCTAssertEqual(result.status, 1, "\(arguments[0]) with \(name) linked: \(result.stdout)")
                XCTAssertTrue(result.stderr.contains("\(link): a symbolic link"), result.stderr)
            }
            XCTAssertEqual(try Data(contentsOf: victim.url), victim.contents, "\(name) was written through")
            try FileManager.default.removeItem(atPath: link)
        }
    }

    func testAFortnightFileLinkedToPasswdIsNotRead() throws {
        let project = try makeSample()
        let logs = project.appendingPathComponent("fortnights/002/logs.json").path
        try FileManager.default.removeItem(atPath: logs)
        try FileManager.default.createSymbolicLink(atPath: logs, withDestinationPath: "/etc/passwd")
        for arguments in [
            ["counts", "-p", project.path], ["export", "-p", project.path, "--fortnight", "2"],
            ["check", "-p", project.path],
        ] {
            let result = try GleanBinary.run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments[0]): \(result.stdout)")
            XCTAssertTrue(
                result.stderr.hasPrefix("glean: \(logs): a symbolic link"), "\(arguments[0]): \(result.stderr)")
            XCTAssertFalse((result.stdout + result.stderr).contains("root:"), "\(arguments[0]) read /etc/passwd")
        }
    }

    func testCheckNamesEachLinkSpecialAndWritableFileOnItsOwnLine() throws {
        let project = try makeSample()
        let victim = try makeVictim()
        let path = { (relative: String) in project.appendingPathComponent(relative).path }
        XCTAssertEqual(chmod(path("glean.json"), 0o664), 0)
        XCTAssertEqual(chmod(path("fortnights/001"), 0o777), 0)
        try FileManager.default.createSymbolicLink(atPath: path("glean.lock"), withDestinationPath: victim.url.path)
        try FileManager.default.createDirectory(atPath: path("exports"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(path("exports/pipe"), 0o600), 0)
        let result = try glean("check", "-p", project.path)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, result.stderr)
        for (relative, words) in [
            ("exports/pipe", "a fifo, not a regular file or folder"),
            ("fortnights/001", "group- and world-writable (mode 0777)"),
            ("glean.json", "group-writable (mode 0664)"), ("glean.lock", "a symbolic link"),
        ] {
            XCTAssertTrue(
                lines.contains { $0.hasPrefix("glean: \(path(relative)): \(words)") }, "\(relative): \(result.stderr)")
        }
        XCTAssertEqual(lines.last, "glean: 4 problem(s) found")
        XCTAssertEqual(try Data(contentsOf: victim.url), victim.contents)
    }
}
