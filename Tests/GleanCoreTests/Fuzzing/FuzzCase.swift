import GleanTestSupport

/// One fuzz case: a file of the template project and the damaged bytes that replace it.
struct FuzzCase {
    /// The damaged file's path inside the project.
    let path: String
    /// What the file holds instead.
    let bytes: [UInt8]
    /// What was done to it, in order.
    let steps: [String]

    /// A case drawn from `rng`: one file (each kind — manifest, logs, coding, journal — equally likely) and one to
    /// three mutations, about three in four of them to its values and the rest to its bytes.
    init(template: FuzzTemplate, using rng: inout SeededGenerator) {
        let kind = ["glean.json", "/logs.json", "/coding.json", "journal.jsonl"].randomElement(using: &rng)!
        let file = template.files.filter { $0.path.hasSuffix(kind) }.randomElement(using: &rng)!
        let count = Int.random(in: 1...3, using: &rng)
        let byteCount = (0..<count).filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }.count
        var steps: [String] = []
        var bytes = file.bytes
        switch file.content {
        case .document(var document):
            for _ in byteCount..<count {
                steps.append(TreeMutation.applyAny(to: &document, context: template.context, using: &rng))
            }
            if !steps.isEmpty { bytes = Array((document.text(pretty: true) + "\n").utf8) }
        case .journal(var lines):
            var tornTail: String?
            for _ in byteCount..<count {
                while true {
                    let mutation = JournalMutation.allCases.randomElement(using: &rng)!
                    if let done = mutation.apply(
                        to: &lines, tornTail: &tornTail, context: template.context, using: &rng)
                    {
                        steps.append(done)
                        break
                    }
                }
            }
            if !steps.isEmpty { bytes = JournalMutation.bytes(of: lines, tornTail: tornTail) }
        }
        for _ in 0..<byteCount {
            steps.append(ByteMutation.allCases.randomElement(using: &rng)!.apply(to: &bytes, using: &rng))
        }
        path = file.path
        self.bytes = bytes
        self.steps = steps
    }
}
