import Foundation
import GleanCore
import GleanResources
import GleanTUI
import XCTest

/// Hands out "id-1", "id-2", … so new quotes have predictable ids.
final class IDSequence: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func make() -> String {
        lock.withLock {
            next += 1
            return "id-\(next)"
        }
    }
}

/// Drives the reducer the way the runtime does and checks every state change exhaustively, as TCA's TestStore does;
/// a difference is reported as CustomDump's diff of the two states, field by field.
struct Harness {
    var state: AppState
    let environment: UpdateEnvironment

    static let sample: Project = try! ProjectStore.open(BundledResources.sampleProject).opened

    /// The facilitator at the keyboard in tests; the sample's quotes were made by "facilitator", another one.
    static let tester = Facilitator(id: "tester", name: "tester")

    init(
        project: Project = Harness.sample, width: Int = 80, height: Int = 24, colour: Bool = true,
        me: Facilitator = Harness.tester
    ) {
        state = AppState(project: project, size: TerminalSize(width: width, height: height), colour: colour)
        state.coding = CodingScope(me: me)
        let ids = IDSequence()
        environment = UpdateEnvironment(now: { "2026-11-25T10:00:00Z" }, newID: { ids.make() }, coder: me.id)
    }

    /// Sends `keys` without checking the state, returning every effect.
    @discardableResult
    mutating func press(_ keys: KeyPress...) -> [Effect] {
        keys.flatMap { Update.reduce(&state, .key($0), environment) }
    }

    /// Types `text` one character at a time.
    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    /// Sends `key` and asserts the state becomes exactly what `expected` makes of the old state, and the effects.
    mutating func assert(
        _ key: KeyPress, effects expectedEffects: [Effect] = [], file: StaticString = #filePath, line: UInt = #line,
        _ expected: (inout AppState) -> Void = { _ in }
    ) {
        var expectedState = state
        expected(&expectedState)
        let effects = Update.reduce(&state, .key(key), environment)
        assertNoDifference(effects, expectedEffects, "effects after \(key)", file: file, line: line)
        assertNoDifference(state, expectedState, "state after \(key)", file: file, line: line)
    }

    /// The frame for the current state.
    var screen: ScreenBuffer { Screen.render(state) }
}

extension KeyPress {
    static func char(_ character: Character) -> KeyPress { .character(character) }
}
