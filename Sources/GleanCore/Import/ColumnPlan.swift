/// The columns of one CSV file resolved against an `ImportMapping`: where the participant code, the date, the answers
/// and the attributes are, and which columns were left out.
struct ColumnPlan: Equatable {
    /// The participant code's column.
    var participant: Int
    /// The date's column.
    var date: Int
    /// The answers' columns, in the order their sections appear.
    var texts: [Int]
    /// The attributes' columns.
    var attributes: [Int]
    /// The columns left out as personal data, form bookkeeping or unnamed.
    var leftOut: [LeftOutColumn]

    /// Resolves `mapping` against `headers` (cleaned, one per column). Throws a `ProjectError` naming `file` when a
    /// header is repeated, and a `ColumnError` when the mapping names no column, a column is named for two roles, or no
    /// participant, date or text column can be found.
    init(headers: [String], mapping: ImportMapping, file: String) throws {
        let resolver = Resolver(headers: headers, file: file)
        try resolver.rejectRepeatedHeaders()
        var roles: [Int: ColumnError.Role] = [:]
        func claim(_ index: Int, _ role: ColumnError.Role) throws -> Int {
            if let other = roles[index], other != role {
                throw ColumnError.twoRoles(file: file, header: headers[index], first: other, second: role)
            }
            roles[index] = role
            return index
        }
        participant = try claim(
            resolver.column(mapping.participantColumn, role: .participant, defaults: ImportMapping.participantHeaders),
            .participant)
        date = try claim(resolver.column(mapping.dateColumn, role: .date, defaults: ImportMapping.dateHeaders), .date)
        attributes = try mapping.attributeColumns.map {
            try claim(resolver.index(of: $0, role: .attribute), .attribute)
        }
        for name in mapping.ignoreColumns {
            _ = try claim(resolver.index(of: name, role: .ignored), .ignored)
        }
        let explicit = try mapping.textColumns.map { try claim(resolver.index(of: $0, role: .text), .text) }
        let reasons = headers.map { $0.isEmpty ? "no header" : SensitiveColumns.reason(forHeader: $0) }
        texts = explicit.isEmpty ? headers.indices.filter { roles[$0] == nil && reasons[$0] == nil } : explicit
        leftOut = headers.indices.compactMap { index in
            guard roles[index] == nil, let reason = reasons[index] else { return nil }
            return LeftOutColumn(file: file, header: headers[index], reason: reason)
        }
        guard !texts.isEmpty else {
            throw ColumnError.noTextColumn(file: file, columns: headers)
        }
    }
}

extension ColumnPlan {
    /// What each of `headers` is imported as when no option names it: the participant and date columns found by their
    /// headers, columns left out (with why) as ignored, the rest as sections.
    static func guesses(headers: [String]) -> [(use: ColumnUse, leftOutReason: String?)] {
        let resolver = Resolver(headers: headers, file: "")
        let participant = resolver.defaultColumn(ImportMapping.participantHeaders)
        let date = resolver.defaultColumn(ImportMapping.dateHeaders)
        return headers.indices.map { index in
            let reason = headers[index].isEmpty ? "no header" : SensitiveColumns.reason(forHeader: headers[index])
            if index == participant { return (.participant, nil) }
            if index == date { return (.date, nil) }
            return reason.map { (.ignore, $0) } ?? (.section, nil)
        }
    }
}

/// Finds the columns that a mapping names in a header row.
private struct Resolver {
    let headers: [String]
    let file: String

    /// Throws when two headers read as the same words (`HeaderName.key`; a header with no words at all by its text),
    /// naming each group's columns.
    func rejectRepeatedHeaders() throws {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, header) in headers.enumerated() where !header.isEmpty {
            let key = HeaderName.key(header)
            let identity = key.isEmpty ? "\u{0}" + header : key
            if groups[identity] == nil { order.append(identity) }
            groups[identity, default: []].append(index)
        }
        let repeated = order.compactMap { groups[$0] }.filter { $0.count > 1 }
        guard repeated.isEmpty else {
            let names = repeated.map(describe).joined(separator: ", ")
            throw ProjectError(
                file: file, line: 1,
                problem: "the header repeats \(names); headers are compared as words, ignoring case, look-alike forms, "
                    + "invisible characters and punctuation; give every column its own name")
        }
    }

    /// A group of columns with the same header, e.g. `"Notes" (columns 4 and 6)` or `"Progress" (column 3) and
    /// "PROGRESS" (column 4)`.
    private func describe(_ columns: [Int]) -> String {
        let numbers = columns.map { String($0 + 1) }
        if Set(columns.map { headers[$0] }).count == 1 {
            return
                "\"\(headers[columns[0]])\" (columns \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last!))"
        }
        let each = columns.map { "\"\(headers[$0])\" (column \($0 + 1))" }
        return each.dropLast().joined(separator: ", ") + " and " + each.last!
    }

    /// The column `name` names, or when it is nil the first header in `defaults` (compared as `HeaderName` keys).
    func column(_ name: String?, role: ColumnError.Role, defaults: [String]) throws -> Int {
        if let name { return try index(of: name, role: role) }
        if let index = defaultColumn(defaults) { return index }
        throw ColumnError.noDefault(file: file, role: role, defaults: defaults, columns: headers)
    }

    /// The first column headed as one of `defaults` (compared as `HeaderName` keys), in the order of `defaults`.
    func defaultColumn(_ defaults: [String]) -> Int? {
        let keys = headers.map(HeaderName.key)
        return defaults.lazy.compactMap { keys.firstIndex(of: HeaderName.key($0)) }.first
    }

    /// The column headed `name`, exactly, or else read as the same words (`HeaderName`) when only one header is.
    func index(of name: String, role: ColumnError.Role) throws -> Int {
        let wanted = IncomingText.singleLine(name)
        if let exact = headers.firstIndex(of: wanted) { return exact }
        let key = HeaderName.key(wanted)
        let folded = key.isEmpty ? [] : headers.indices.filter { HeaderName.key(headers[$0]) == key }
        guard folded.count == 1 else {
            throw ColumnError.notAColumn(file: file, role: role, name: name, columns: headers)
        }
        return folded[0]
    }
}
