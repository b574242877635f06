/// Reads the SGR escape sequences in a line from `capture-pane -e`: which text is underlined, which colours are set.
struct StyledLine {
    /// The characters printed while underline was on.
    private(set) var underlined = ""
    /// Every SGR parameter that sets a foreground or background colour, e.g. "31" or "38".
    private(set) var colourParameters: [String] = []

    /// Parses `line`; sequences other than SGR are skipped.
    init(_ line: String) {
        var isUnderlined = false
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                if isUnderlined { underlined.unicodeScalars.append(scalar) }
                continue
            }
            guard scalars.next() == "[" else { continue }
            var body = ""
            while let next = scalars.next() {
                guard !(0x40...0x7E).contains(next.value) else {
                    if next == "m" { apply(body, underline: &isUnderlined) }
                    break
                }
                body.unicodeScalars.append(next)
            }
        }
    }

    private mutating func apply(_ body: String, underline: inout Bool) {
        let parameters = body.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < parameters.count {
            let parameter = parameters[index]
            let number = Int(parameter.split(separator: ":").first ?? "") ?? 0
            index += 1
            switch number {
            case 0, 24: underline = false
            case 4: underline = parameter != "4:0"
            case 38, 48:
                colourParameters.append(parameter)
                // "38;5;n" and "38;2;r;g;b" carry the colour in the parameters that follow.
                if !parameter.contains(":"), index < parameters.count {
                    index += parameters[index] == "5" ? 2 : 4
                }
            case 30...37, 40...47, 90...97, 100...107: colourParameters.append(parameter)
            default: break
            }
        }
    }
}
