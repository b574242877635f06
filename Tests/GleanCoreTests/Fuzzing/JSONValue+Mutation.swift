import GleanTestSupport

extension JSONValue {
    /// Sets the value at `path` and says what was done.
    mutating func replace(at path: [JSONStep], with value: JSONValue) -> String {
        set(value, at: path)
        return "set \(path.dotted) to \(value.text(pretty: false).brief)"
    }

    /// Sets a random whole-number member named one of `names` to an extreme or nearby value.
    mutating func replaceInteger(
        inMembersNamed names: Set<String>, extra: [Int] = [], using rng: inout SeededGenerator
    ) -> String? {
        let paths = paths(ofMembersNamed: names).filter { value(at: $0)?.isInteger == true }
        guard let path = paths.randomElement(using: &rng), case .integer(let old) = value(at: path)! else { return nil }
        let nearby = [old &- 1, old &+ 1, old &+ 1_000, 0 &- old]
        return replace(at: path, with: .integer((HostileValues.integers + nearby + extra).randomElement(using: &rng)!))
    }

    /// The paths of every object with at least one member.
    var objectPaths: [[JSONStep]] {
        paths.filter {
            if case .object(let members) = value(at: $0)! { return !members.isEmpty }
            return false
        }
    }

    /// The paths of the elements of every array held by a member named `name`.
    func paths(ofElementsOf name: String) -> [[JSONStep]] {
        paths.filter { $0.count >= 2 && $0[$0.count - 2] == .key(name) }
    }

    /// A value of another kind than `value`: null, true or false, a number, text, a list or an object.
    static func random(otherKindThan value: JSONValue, using rng: inout SeededGenerator) -> JSONValue {
        let choices: [JSONValue] = [
            .null, .bool(Bool.random(using: &rng)), .integer(HostileValues.integers.randomElement(using: &rng)!),
            .string(["", "1", "true", "null", "text"].randomElement(using: &rng)!),
            .array([[], [.integer(1)], [.string("x"), .null]].randomElement(using: &rng)!),
            .object([[], [JSONMember(key: "id", value: .string("x"))]].randomElement(using: &rng)!),
        ]
        return choices.filter { $0.kind != value.kind }.randomElement(using: &rng)!
    }

    /// Which of JSON's kinds the value is; raw text counts as a kind of its own.
    private var kind: Int {
        switch self {
        case .null: return 0
        case .bool: return 1
        case .integer: return 2
        case .string: return 3
        case .array: return 4
        case .object: return 5
        case .raw: return 6
        }
    }

    var isString: Bool { kind == 3 }
    var isInteger: Bool { kind == 2 }
}
