import GleanTestSupport

@testable import GleanCore

/// What a mutation may borrow from the rest of the project: every id it holds and the fortnights on disk.
struct MutationContext {
    /// Participant codes, concern ids, log ids and quote ids from every file, so a mutation can duplicate one.
    var identifiers: [String]
    /// The fortnight numbers that have a folder.
    var fortnights: [Int]
}

/// A change to the values of a JSON document: the damage a careless hand edit, a buggy tool or an attacker does.
enum TreeMutation: CaseIterable {
    case retype, removeMember, repeatKey, reuseIdentifier, quoteOffset, sectionIndex, fortnightNumber, schemaVersion
    case date, hostileText, hostileKey, deepNesting, longString, extremeNumber

    /// Applies a randomly chosen mutation that finds a place in `document`, and says what it did.
    static func applyAny(to document: inout JSONValue, context: MutationContext, using rng: inout SeededGenerator)
        -> String
    {
        while true {
            let mutation = allCases.randomElement(using: &rng)!
            if let done = mutation.apply(to: &document, context: context, using: &rng) { return done }
        }
    }

    /// Applies this mutation at a random place in `document` and says what it did, or returns nil when the document
    /// has no place for it (e.g. no quote offsets in `glean.json`).
    func apply(to document: inout JSONValue, context: MutationContext, using rng: inout SeededGenerator) -> String? {
        switch self {
        case .retype:
            let path = document.paths.randomElement(using: &rng)!
            return document.replace(at: path, with: .random(otherKindThan: document.value(at: path)!, using: &rng))
        case .removeMember:
            guard let path = document.objectPaths.randomElement(using: &rng) else { return nil }
            var removed = ""
            document.update(at: path) { object in
                guard case .object(var members) = object else { return }
                removed = members.remove(at: Int.random(in: members.indices, using: &rng)).key
                object = .object(members)
            }
            return "removed \(path.dotted).\(removed.brief)"
        case .repeatKey:
            guard let path = document.objectPaths.randomElement(using: &rng) else { return nil }
            var repeated = ""
            document.update(at: path) { object in
                guard case .object(var members) = object, let member = members.randomElement(using: &rng) else {
                    return
                }
                repeated = member.key
                let copy = JSONMember(key: member.key, value: .random(otherKindThan: member.value, using: &rng))
                members.insert(copy, at: Bool.random(using: &rng) ? 0 : members.count)
                object = .object(members)
            }
            return "repeated the key \(path.dotted).\(repeated.brief)"
        case .reuseIdentifier:
            let names: Set<String> = ["id", "code", "log", "participant"]
            let paths = document.paths(ofMembersNamed: names) + document.paths(ofElementsOf: "concerns")
            guard let path = paths.filter({ document.value(at: $0)?.isString == true }).randomElement(using: &rng)
            else { return nil }
            let identifier = (context.identifiers + ["", "no-such-id"]).randomElement(using: &rng)!
            return document.replace(at: path, with: .string(identifier))
        case .quoteOffset:
            return document.replaceInteger(inMembersNamed: ["start", "end"], using: &rng)
        case .sectionIndex:
            return document.replaceInteger(inMembersNamed: ["section"], using: &rng)
        case .fortnightNumber:
            return document.replaceInteger(
                inMembersNamed: ["fortnight"], extra: context.fortnights.map { $0 + 1 }, using: &rng)
        case .schemaVersion:
            guard let path = document.paths(ofMembersNamed: ["schemaVersion"]).randomElement(using: &rng) else {
                return nil
            }
            let choices: [JSONValue] =
                HostileValues.integers.map(JSONValue.integer)
                + HostileValues.numberLiterals.map(JSONValue.raw) + [.string("1"), .null]
            return document.replace(at: path, with: choices.randomElement(using: &rng)!)
        case .date:
            let paths = document.paths(ofMembersNamed: ["date", "start", "created"]).filter {
                document.value(at: $0)?.isString == true
            }
            guard let path = paths.randomElement(using: &rng), case .string(let text) = document.value(at: path)! else {
                return nil
            }
            return document.replace(at: path, with: .string(TreeMutation.damaged(date: text, using: &rng)))
        case .hostileText:
            let paths = document.paths.filter { document.value(at: $0)?.isString == true }
            guard let path = paths.randomElement(using: &rng), case .string(let text) = document.value(at: path)! else {
                return nil
            }
            if Bool.random(using: &rng) {
                return document.replace(
                    at: path, with: .raw(HostileValues.rawStringLiterals.randomElement(using: &rng)!))
            }
            return document.replace(
                at: path,
                with: .string(text.inserting(HostileValues.hostileText.randomElement(using: &rng)!, using: &rng)))
        case .hostileKey:
            guard let path = document.objectPaths.randomElement(using: &rng) else { return nil }
            var renamed = ""
            document.update(at: path) { object in
                guard case .object(var members) = object else { return }
                let position = Int.random(in: members.indices, using: &rng)
                renamed = members[position].key
                members[position].key = renamed.inserting(
                    HostileValues.hostileText.randomElement(using: &rng)!, using: &rng)
                object = .object(members)
            }
            return "put hostile text in the key \(path.dotted).\(renamed.brief)"
        case .deepNesting:
            let depth = [513, 2_000, 10_000].randomElement(using: &rng)!
            let nested =
                Bool.random(using: &rng)
                ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                : String(repeating: "{\"a\":", count: depth) + "null" + String(repeating: "}", count: depth)
            let path = document.paths.randomElement(using: &rng)!
            document.set(.raw(nested), at: path)
            return "nested \(path.dotted) \(depth) levels deep"
        case .longString:
            let unit = ["a", "é", "😀", "\\n", "\\u0000", "\u{202E}"].randomElement(using: &rng)!
            let path = document.paths.randomElement(using: &rng)!
            document.set(.raw("\"" + String(repeating: unit, count: (1 << 20) / unit.utf8.count) + "\""), at: path)
            return "set \(path.dotted) to a 1 MiB string of \(unit.brief)"
        case .extremeNumber:
            let paths = document.paths.filter { document.value(at: $0)?.isInteger == true }
            guard let path = paths.randomElement(using: &rng) else { return nil }
            return document.replace(at: path, with: .raw(HostileValues.numberLiterals.randomElement(using: &rng)!))
        }
    }

    /// `text` made into a date Glean must refuse, an extreme date, or a valid date moved to another fortnight.
    private static func damaged(date text: String, using rng: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return HostileValues.badDates.randomElement(using: &rng)!
        case 1: return HostileValues.extremeDates.randomElement(using: &rng)!
        default:
            let shift = [-1, 1, 13, 14, -14, 15, 28, -365, 3_650].randomElement(using: &rng)!
            return Day(iso: text)?.adding(days: shift).iso ?? HostileValues.badDates.randomElement(using: &rng)!
        }
    }
}
