import Foundation
import XCTest

/// The real interface on a log of 1 MiB, the most an import accepts: it opens and answers keys at once.
final class ReaderLongLogEndToEndTests: EndToEndTestCase {
    func testA1MiBLogOpensAndAnswersKeysAtOnce() throws {
        let middle = String(repeating: "Staff are tired but the clinic runs. ", count: (1 << 20) / 37 - 2)
        let project = try makeSample(
            withLog: "The very first sentence. " + middle + "The very last sentence.", by: "AA-01")
        let session = try open(project)
        let started = Date()
        try session.sendKeys("Enter")
        try session.waitFor(text: "The very first sentence.", timeout: 5)
        try session.sendKeys("G")
        try session.waitFor(text: "The very last sentence.", timeout: 5)
        try session.sendKeys("g")
        try session.waitFor(text: "The very first sentence.", timeout: 5)
        try session.sendKeys("J", ">", ">", "w", "j", "k", "?")
        try session.waitFor(text: "extend the selection by a sentence", timeout: 5)
        try session.sendKeys("Escape")
        try session.waitForAbsence(of: "extend the selection by a sentence", timeout: 5)
        XCTAssertLessThan(
            Date().timeIntervalSince(started), 10, "each key took seconds before the Reader kept its layout")
        try quitFromReader(session)
    }
}
