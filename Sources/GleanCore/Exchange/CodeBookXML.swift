/// The `<Codes>` of a project's codebook, shared by the project (QDPX) and codebook (QDC) exports: each theme a code
/// that cannot itself be coded, holding its concerns as codes with colour and description; a concern without a theme
/// is a top-level code.
enum CodeBookXML {
    /// The `<Codes>` element, or nil for an empty codebook.
    static func codes(_ codebook: Codebook, guids: ExchangeGUIDs) -> XMLFragment? {
        let top = codebook.themes.flatMap { theme -> [XMLFragment] in
            let concerns = codebook.concerns.filter { $0.theme == theme }.map { code($0, guids: guids) }
            guard !theme.isEmpty else { return concerns }
            return [
                ExchangeXML.element(
                    "Code", ["guid": guids.guid("theme", theme), "name": theme, "isCodable": "false"], concerns)
            ]
        }
        return ExchangeXML.group("Codes", top)
    }

    private static func code(_ concern: Concern, guids: ExchangeGUIDs) -> XMLFragment {
        let description =
            concern.description.isEmpty ? [] : [ExchangeXML.element("Description", text: concern.description)]
        return ExchangeXML.element(
            "Code",
            [
                "guid": guids.guid("concern", concern.id), "name": concern.name, "isCodable": "true",
                "color": ColourText.rgb(concern.colour),
            ], description)
    }
}

/// Colours as REFI-QDA writes them (`#RRGGBB` or `#RGB`).
enum ColourText {
    /// `colour` when it is `#RRGGBB` or `#RGB`, else nil.
    static func rgb(_ colour: String) -> String? {
        let digits = colour.dropFirst()
        guard colour.hasPrefix("#"), digits.count == 6 || digits.count == 3, digits.allSatisfy(\.isHexDigit) else {
            return nil
        }
        return colour
    }

    /// `colour` as Glean keeps it, `#RRGGBB` in upper case, or nil when it is not a colour.
    static func glean(_ colour: String?) -> String? {
        guard let colour = colour.flatMap(rgb) else { return nil }
        let digits = colour.dropFirst().uppercased()
        return "#" + (digits.count == 3 ? digits.map { "\($0)\($0)" }.joined() : digits)
    }
}
