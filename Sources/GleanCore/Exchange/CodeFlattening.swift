/// REFI-QDA codes of any depth flattened into Glean's two levels: a top-level code is a theme, and each leaf below
/// it a concern named by its path under the theme (`Parent › Child`). A code with children that is itself applied
/// somewhere also becomes a concern, so no coding is lost; a top-level leaf is a concern without a theme. A code
/// without a colour takes one from Glean's palette.
struct CodeFlattening {
    /// One concern made from a code.
    struct Entry {
        /// The code's GUID.
        var guid: String
        /// The concern it becomes (its id provisional: from Glean's exchange data, else derived from the name).
        var concern: Concern
    }

    /// The concerns, in the codes' order (Glean's own order first when the exchange data gives it).
    let entries: [Entry]

    /// Flattens `codes`; `applied` are the GUIDs of codes used in codings, `data` Glean's exchange data if present.
    init(_ codes: [ExchangeDocument.Code], applied: Set<String>, data: GleanExchangeData?) {
        var entries: [Entry] = []
        func visit(_ code: ExchangeDocument.Code, path: [String]) {
            let path = path + [IncomingText.singleLine(code.name)]
            if code.children.isEmpty || applied.contains(code.guid) {
                let theme = path.count > 1 || !code.children.isEmpty ? path[0] : ""
                let name = path.count > 1 ? path.dropFirst().joined(separator: " › ") : path[0]
                entries.append(
                    Entry(
                        guid: code.guid,
                        concern: Concern(
                            id: "", name: name, description: SourcePositions.cleaned(code.description),
                            colour: ColourText.glean(code.colour)
                                ?? Codebook.palette[entries.count % Codebook.palette.count],
                            key: nil, theme: theme)))
            }
            code.children.forEach { visit($0, path: path) }
        }
        codes.forEach { visit($0, path: []) }
        var known: [String: (position: Int, entry: GleanExchangeData.ConcernEntry)] = [:]
        for (position, entry) in (data?.concerns ?? []).enumerated() where known[entry.guid] == nil {
            known[entry.guid] = (position, entry)
        }
        let last = data?.concerns.count ?? 0
        entries = entries.enumerated().sorted {
            (known[$0.element.guid]?.position ?? last, $0.offset) < (
                known[$1.element.guid]?.position ?? last, $1.offset
            )
        }.map(\.element)
        var ids = ConcernIDs(taken: [])
        for index in entries.indices {
            let entry = known[entries[index].guid]?.entry
            if let id = entry?.id, ids.take(id) {
                entries[index].concern.id = id
            } else {
                entries[index].concern.id = ids.newID(forName: entries[index].concern.name)
            }
            entries[index].concern.key = entry?.key
        }
        self.entries = entries
    }
}
