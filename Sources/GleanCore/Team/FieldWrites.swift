/// The last edit to set each field of each entity during a fold, to find edits that clash: two facilitators setting the
/// same field to different values, or one removing what the other changed, without seeing each other's edit.
struct FieldWrites {
    /// What one change touches.
    struct Touch {
        /// A stable key for the entity, e.g. "concern staff-wellbeing".
        var entity: String
        /// The fields set with their new values as text; nil when the change removes the entity.
        var fields: [(name: String, value: String)]?
        /// How review messages name the entity.
        var label: String

        init(entity: String, fields: [(String, String)]?, label: String? = nil) {
            self.entity = entity
            self.fields = fields?.map { (name: $0.0, value: $0.1) }
            self.label = label ?? entity.prefix(1).uppercased() + entity.dropFirst()
        }
    }

    /// Two edits that clashed, and what the later one did.
    struct Clash {
        var earlier: TeamOp
        var later: TeamOp
        var field: String?
        var kept: String?

        func message(entity: String, name: (String) -> String) -> String {
            let who =
                "\(name(earlier.facilitator)) (“\(earlier.summary)”) and \(name(later.facilitator)) (“\(later.summary)”)"
            guard let field else {
                return
                    "\(entity): changed and removed at the same time by \(who); kept \(name(later.facilitator))'s, the later in the agreed order"
            }
            return "\(entity): \(field) set at the same time by \(who); kept \(kept ?? "")"
        }
    }

    private var last: [String: (op: TeamOp, value: String)] = [:]

    /// Records `touch` by `op` and returns the clashes with earlier concurrent edits by others.
    mutating func record(_ op: TeamOp, _ touch: Touch) -> [Clash] {
        var clashes: [Clash] = []
        let removalKey = touch.entity + "\u{0}removed"
        guard let fields = touch.fields else {
            let earlier = last.filter { $0.key.hasPrefix(touch.entity + "\u{0}") }.map(\.value.op)
            if let clash = earlier.filter({ $0.isConcurrent(with: op) }).max(by: { $0.precedes($1) }) {
                clashes.append(Clash(earlier: clash, later: op, field: nil, kept: nil))
            }
            last = last.filter { !$0.key.hasPrefix(touch.entity + "\u{0}") }
            last[removalKey] = (op, "removed")
            return clashes
        }
        if let removal = last[removalKey], removal.op.isConcurrent(with: op) {
            clashes.append(Clash(earlier: removal.op, later: op, field: nil, kept: nil))
        }
        last[removalKey] = nil
        for field in fields {
            let key = touch.entity + "\u{0}" + field.name
            if let previous = last[key], previous.op.isConcurrent(with: op), previous.value != field.value {
                clashes.append(Clash(earlier: previous.op, later: op, field: field.name, kept: field.value))
            }
            last[key] = (op, field.value)
        }
        return clashes
    }
}
