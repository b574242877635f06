/// One step from a JSON value into a part of it.
enum JSONStep: Equatable {
    /// The first member with this name.
    case key(String)
    /// The element at this position.
    case index(Int)
}

extension JSONValue {
    /// The path of every value a path can reach, root first, depth first; of members with the same name, only the
    /// first.
    var paths: [[JSONStep]] {
        var found: [[JSONStep]] = [[]]
        switch self {
        case .array(let items):
            for (position, item) in items.enumerated() {
                found += item.paths.map { [.index(position)] + $0 }
            }
        case .object(let members):
            var seen = Set<String>()
            for member in members where seen.insert(member.key).inserted {
                found += member.value.paths.map { [.key(member.key)] + $0 }
            }
        default: break
        }
        return found
    }

    /// The paths of the values held by members named one of `names`.
    func paths(ofMembersNamed names: Set<String>) -> [[JSONStep]] {
        paths.filter { path in
            if case .key(let name) = path.last { return names.contains(name) }
            return false
        }
    }

    /// The value at `path`, or nil when there is none.
    func value(at path: some Collection<JSONStep>) -> JSONValue? {
        guard let step = path.first else { return self }
        switch (self, step) {
        case (.array(let items), .index(let position)) where items.indices.contains(position):
            return items[position].value(at: path.dropFirst())
        case (.object(let members), .key(let name)):
            return members.first { $0.key == name }?.value.value(at: path.dropFirst())
        default:
            return nil
        }
    }

    /// Replaces the value at `path` with what `change` makes of it; does nothing when there is no value there.
    mutating func update(at path: some Collection<JSONStep>, _ change: (inout JSONValue) -> Void) {
        guard let step = path.first else { return change(&self) }
        switch (self, step) {
        case (.array(var items), .index(let position)) where items.indices.contains(position):
            items[position].update(at: path.dropFirst(), change)
            self = .array(items)
        case (.object(var members), .key(let name)):
            guard let position = members.firstIndex(where: { $0.key == name }) else { return }
            members[position].value.update(at: path.dropFirst(), change)
            self = .object(members)
        default:
            return
        }
    }

    /// Sets the value at `path` to `value`.
    mutating func set(_ value: JSONValue, at path: some Collection<JSONStep>) {
        update(at: path) { $0 = value }
    }
}

extension [JSONStep] {
    /// The path written as `participants[3].code`.
    var dotted: String {
        var text = ""
        for step in self {
            switch step {
            case .index(let position): text += "[\(position)]"
            case .key(let name): text += (text.isEmpty ? "" : ".") + name.brief
            }
        }
        return text.isEmpty ? "the document" : text
    }
}
