/// Brings projects written by earlier versions of Glean up to the current schema.
///
/// - Version 1 → 2: each quote records its log's participant, so counts need no log text.
/// - Version 2 → 3: each participant has an alias for pseudonymised exports, given in code order.
/// - Version 3 → 4: each fortnight's `coding.json` lists the logs marked done (`done`); older files mark none done,
///   so every fortnight reads as provisional until its logs are marked.
enum SchemaMigration {
    /// Upgrades `project`, read from files of schema `version`, in memory.
    static func upgrade(_ project: inout Project, from version: Int) {
        if version < 3 { project.assignMissingAliases() }
        guard version < 2 else { return }
        for (number, fortnight) in project.fortnights {
            let writers = Dictionary(
                fortnight.logs.map { ($0.id, $0.participant) }, uniquingKeysWith: { first, _ in first })
            project.fortnights[number]?.quotes = fortnight.quotes.map { quote in
                var quote = quote
                quote.participant = writers[quote.log] ?? ""
                return quote
            }
        }
    }
}
