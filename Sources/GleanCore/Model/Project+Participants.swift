extension Project {
    /// Gives every participant without an alias the next free one (`P001`, `P002`, …), in code order.
    mutating func assignMissingAliases() {
        var next = (participants.compactMap { Int($0.alias.dropFirst()) }.max() ?? 0) + 1
        for index in participants.indices where participants[index].alias.isEmpty {
            participants[index].alias = "P" + Project.threeDigits(next)
            next += 1
        }
    }

    /// Adds `newcomers` (participants whose codes are not yet in the project), keeping participants sorted by code and
    /// giving each an alias.
    mutating func addParticipants(_ newcomers: [Participant]) {
        let known = Set(participants.map(\.code))
        participants += newcomers.filter { !known.contains($0.code) }
        participants.sort { $0.code < $1.code }
        assignMissingAliases()
    }

    /// `number` written with at least three digits, as aliases, fortnight folders and export file names are.
    static func threeDigits(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
