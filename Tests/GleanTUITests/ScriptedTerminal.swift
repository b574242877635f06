import Foundation
import GleanTUI
import XCTest

/// An in-memory `Terminal` for running `AppLoop` in process: it hands out scripted keys, runs scripted actions
/// between them, and keeps every frame drawn.
final class ScriptedTerminal: Terminal {
    /// One step of the script, taken when the loop next asks for a key.
    enum Step {
        /// Hand out this key.
        case key(KeyPress)
        /// Run this, then go on to the next step.
        case run(() -> Void)
        /// Hand out no key, as a read that timed out, until a frame drawn since shows this text; fails the test when
        /// the loop asks without a time limit (nothing is going on that could change the screen).
        case waitFor(String)
    }

    let screenSize: TerminalSize
    let usesColour = true
    let colourDepth = ColourDepth.eight
    /// Every frame drawn, oldest first.
    private(set) var frames: [ScreenBuffer] = []
    /// Every key handed out, and whether the loop asked for it with a time limit (background work was going).
    private(set) var handedOut: [(key: KeyPress, whileBusy: Bool)] = []
    private var steps: [Step]
    private var idleReads = 0

    /// The most reads that time out while waiting for a screen, about ten seconds' worth, before the test fails.
    private static let idleReadLimit = 2_000

    /// A terminal of `width`×`height` that plays `steps`, then reports that input has ended.
    init(width: Int = 80, height: Int = 24, _ steps: [Step]) {
        screenSize = TerminalSize(width: width, height: height)
        self.steps = steps
    }

    /// The text of the last frame drawn.
    var lastFrame: String { frames.last.map { $0.lines.joined(separator: "\n") } ?? "" }

    func draw(_ buffer: ScreenBuffer) { frames.append(buffer) }

    func readKey() -> KeyPress? { next(busy: false) }

    func readKey(waitingAtMost milliseconds: Int32) -> KeyPress? { next(busy: true) }

    func shutdown() {}

    private func next(busy: Bool) -> KeyPress? {
        while let step = steps.first {
            switch step {
            case .key(let key):
                steps.removeFirst()
                handedOut.append((key, busy))
                return key
            case .run(let action):
                steps.removeFirst()
                action()
            case .waitFor(let text) where lastFrame.contains(text):
                steps.removeFirst()
            case .waitFor(let text):
                idleReads += 1
                guard busy, idleReads < Self.idleReadLimit else {
                    XCTFail("the screen never showed “\(text)”; it shows:\n\(lastFrame)")
                    steps.removeAll()
                    return nil
                }
                Thread.sleep(forTimeInterval: 0.005)
                return nil
            }
        }
        return nil
    }
}
