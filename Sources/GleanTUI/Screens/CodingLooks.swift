extension Theme {
    /// The mark of a quote another facilitator made: their short name, underlined (and magenta in colour).
    var otherCoder: Style { colour ? Style(foreground: .magenta, underline: true) : Style(underline: true) }
}
