import Foundation
import XCTest

@testable import GleanCore

/// The identity file: made once, kept private, and never trusted when it is not a plain file of the user's own.
final class FacilitatorIdentityTests: XCTestCase {
    private var home = URL(fileURLWithPath: "/nonexistent")
    private var environment: [String: String] {
        ["XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "USER": "priya"]
    }
    private var folder: URL { home.appendingPathComponent("config/glean") }
    private var file: URL { folder.appendingPathComponent("facilitator.json") }

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("glean-identity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    func testFirstUseMakesAPrivateIdentityThatLasts() throws {
        let first = try FacilitatorIdentity.current(environment: environment)
        XCTAssertTrue(FacilitatorID.isValid(first.id), first.id)
        XCTAssertEqual(first.name, "priya", "the name is $USER until one is set")
        XCTAssertEqual(try permissions(file), 0o600)
        XCTAssertEqual(try permissions(folder), 0o700)
        XCTAssertEqual(try FacilitatorIdentity.current(environment: environment), first, "the id is made once")
        var renamedUser = environment
        renamedUser["USER"] = "p.shah"
        XCTAssertEqual(
            try FacilitatorIdentity.current(environment: renamedUser).name, "p.shah", "an unset name follows $USER")
        XCTAssertEqual(try FacilitatorIdentity.current(environment: renamedUser).id, first.id)
    }

    func testWithoutAUsableUserTheNameIsFacilitator() throws {
        var environment = self.environment
        environment["USER"] = nil
        XCTAssertEqual(try FacilitatorIdentity.current(environment: environment).name, "facilitator")
        environment["USER"] = "bad\u{1B}[2Jname"
        XCTAssertEqual(try FacilitatorIdentity.current(environment: environment).name, "facilitator")
    }

    func testTheDefaultFolderIsDotConfigUnderHome() throws {
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": "relative/ignored"]
        let facilitator = try FacilitatorIdentity.current(environment: environment)
        let stored = try String(
            contentsOf: home.appendingPathComponent(".config/glean/facilitator.json"), encoding: .utf8)
        XCTAssertTrue(stored.contains(facilitator.id))
        XCTAssertThrowsError(try FacilitatorIdentity.current(environment: ["USER": "priya"])) { error in
            XCTAssertTrue("\(error)".contains("neither XDG_CONFIG_HOME nor HOME"), "\(error)")
        }
    }

    func testSettingTheNameKeepsTheIdAndTrims() throws {
        let before = try FacilitatorIdentity.current(environment: environment)
        let after = try FacilitatorIdentity.setName("  Priya Shah \n", environment: environment)
        XCTAssertEqual(after, Facilitator(id: before.id, name: "Priya Shah"))
        XCTAssertEqual(try FacilitatorIdentity.current(environment: environment), after)
        XCTAssertEqual(try permissions(file), 0o600)
    }

    func testABadNameIsRefusedAndNothingIsWritten() throws {
        for bad in ["   ", String(repeating: "a", count: 81), "tab\there", "bell\u{07}"] {
            XCTAssertThrowsError(try FacilitatorIdentity.setName(bad, environment: environment), bad.debugDescription)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "a refused name writes nothing")
        XCTAssertEqual(
            try FacilitatorIdentity.setName(String(repeating: "é", count: 80), environment: environment).name.count, 80)
    }

    func testALinkIsRefusedAndNeverFollowed() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = home.appendingPathComponent("elsewhere.json")
        let original = #"{"id": "0f8fad5b-d9cb-469f-a165-70867728950e"}"#
        try original.write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: target)
        assertRefused(containing: "a symbolic link") { try FacilitatorIdentity.current(environment: self.environment) }
        assertRefused(containing: "a symbolic link") {
            try FacilitatorIdentity.setName("Priya", environment: self.environment)
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), original, "the link's target is untouched")
    }

    func testALinkedGleanFolderIsRefused() throws {
        let elsewhere = home.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: elsewhere)
        assertRefused(containing: "a symbolic link") { try FacilitatorIdentity.current(environment: self.environment) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
    }

    func testAFifoOrFolderIsRefusedWithoutWaiting() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertEqual(mkfifo(file.path, 0o600), 0)
        assertRefused(containing: "a fifo") { try FacilitatorIdentity.current(environment: self.environment) }
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        assertRefused(containing: "a folder") { try FacilitatorIdentity.current(environment: self.environment) }
    }

    func testAFileOver64KiBIsRefused() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let padding = String(repeating: " ", count: 64 * 1024)
        try #"{"id": "0f8fad5b-d9cb-469f-a165-70867728950e"}"#.appending(padding).write(
            to: file, atomically: false, encoding: .utf8)
        assertRefused(containing: "too large") { try FacilitatorIdentity.current(environment: self.environment) }
    }

    func testDamagedContentsAreRefusedNamingTheProblem() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cases = [
            "{\n  \"id\": ": "facilitator.json:",
            #"{"name": "Priya"}"#: "lacks the field \"id\"",
            #"{"id": "Not-A-UUID"}"#: "lower-case UUID",
            #"{"id": "0F8FAD5B-D9CB-469F-A165-70867728950E"}"#: "lower-case UUID",
            #"{"id": "0f8fad5b-d9cb-469f-a165-70867728950e", "name": ""}"#: "not a usable name",
            "": "empty",
        ]
        for (contents, problem) in cases {
            try contents.write(to: file, atomically: false, encoding: .utf8)
            assertRefused(containing: problem) { try FacilitatorIdentity.current(environment: self.environment) }
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), contents, "a damaged file is left as it was")
        }
    }

    func testAFileOfAnotherUsersIsRefused() throws {
        guard geteuid() == 0 else { throw XCTSkip("only root can give a file to another user") }
        _ = try FacilitatorIdentity.current(environment: environment)
        XCTAssertEqual(chown(file.path, 65534, 65534), 0)
        assertRefused(containing: "owned by user 65534") {
            try FacilitatorIdentity.current(environment: self.environment)
        }
    }

    private func assertRefused(
        containing problem: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Facilitator
    ) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            let error = error as? ProjectError
            XCTAssertNotNil(error, "a ProjectError naming the file", file: file, line: line)
            XCTAssertTrue(
                error?.file.hasSuffix("facilitator.json") == true || error?.file.hasSuffix("glean") == true,
                "names the file: \(String(describing: error))", file: file, line: line)
            XCTAssertTrue(
                "\(error.map { "\($0)" } ?? "")".contains(problem),
                "\(String(describing: error)) should say \(problem)",
                file: file, line: line)
        }
    }

    private func permissions(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
