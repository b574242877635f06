/// The HTML summary's small-multiples chart: for each concern, one bar per fortnight of the distinct participants
/// raising it, all panels on one scale so they compare, with the summary's own fortnight highlighted, each concern in
/// its own colour (`FortnightSummary.Theme.colour`, made distinct by `ConcernPalette`).
///
/// Every position is worked out here as text ready for an SVG attribute, so a template only places the pieces and
/// Mustache escapes every label.
struct ParticipantChart {
    /// A horizontal grid line and its label on the participants axis.
    struct Tick {
        let y: String
        let labelY: String
        let label: String
    }

    /// One fortnight's bar in a panel, with its value label and its fortnight label below the axis.
    struct Bar {
        let fortnight: Int
        let value: Int
        let x: String
        let y: String
        let width: String
        let height: String
        let centre: String
        let valueY: String
        /// Whether this is the summary's fortnight (drawn in full colour, its labels bold).
        let current: Bool
        /// Whether the fortnight number is written under the bar and the value above it: every bar, unless there are
        /// too many to fit, and always the current one.
        let labelled: Bool
        let opacity: String
    }

    /// One concern's panel.
    struct Panel {
        let name: String
        let colour: String
        /// The chart in words, for screen readers and the SVG's tooltip.
        let description: String
        let bars: TemplateList<Bar>
    }

    let width = 260
    let height = 170
    let left = 40
    let right = 250
    let top = 14
    let bottom = 130
    let xLabelY = 145
    let xTitleY = 164
    let centreX = 145
    let yTitleX = 12
    let yTitleY = 72
    let tickLabelX = 34
    /// The fortnight the summary is about.
    let fortnight: Int
    let ticks: TemplateList<Tick>
    let panels: TemplateList<Panel>

    /// The most ticks the participants axis has (`scale` takes at most five steps).
    static let maximumTicks = 6

    /// The chart of `themes` (each with its series from fortnight 1), highlighting `fortnight`, its lists counted
    /// against `budget`.
    init(themes: [FortnightSummary.Theme], fortnight: Int, budget: RenderBudget) {
        self.fortnight = fortnight
        let (left, right, top, bottom) = (self.left, self.right, self.top, self.bottom)
        let scale = ParticipantChart.scale(maximum: themes.flatMap(\.series).max() ?? 0)
        let plotHeight = Double(bottom - top)
        let tickList = scale.ticks.map { value in
            let y = Double(bottom) - Double(value) / Double(scale.top) * plotHeight
            return Tick(y: ParticipantChart.text(y), labelY: ParticipantChart.text(y + 4), label: String(value))
        }
        ticks = TemplateList(items: tickList, budget: budget)
        let count = max(1, themes.first?.series.count ?? 1)
        let slot = Double(right - left) / Double(count)
        let barWidth = min(slot * 0.7, 36)
        let labelEvery = (count + 11) / 12
        let panelList = themes.map { theme in
            let bars = theme.series.enumerated().map { index, value in
                let number = index + 1
                let barHeight = Double(value) / Double(scale.top) * plotHeight
                let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
                let current = number == fortnight
                let labelled = current || index % labelEvery == 0
                return Bar(
                    fortnight: number, value: value, x: ParticipantChart.text(x),
                    y: ParticipantChart.text(Double(bottom) - barHeight), width: ParticipantChart.text(barWidth),
                    height: ParticipantChart.text(barHeight), centre: ParticipantChart.text(x + barWidth / 2),
                    valueY: ParticipantChart.text(Double(bottom) - barHeight - 4), current: current,
                    labelled: labelled, opacity: current ? "1" : "0.4")
            }
            let name = TextSanitizer.displayable(theme.name)
            let values = theme.series.enumerated().map { "fortnight \($0.offset + 1): \($0.element)" }
            let description =
                "\(name), distinct participants raising it per fortnight: "
                + values.joined(separator: ", ")
            return Panel(
                name: name, colour: theme.colour, description: description,
                bars: TemplateList(items: bars, budget: budget))
        }
        panels = TemplateList(items: panelList, budget: budget)
    }

    /// The top of the participants axis and its tick values: steps of 1, 2 or 5 times a power of ten, at most five
    /// steps, the top a whole number of steps at or above `maximum` (at least 1).
    static func scale(maximum: Int) -> (top: Int, ticks: [Int]) {
        var magnitude = 1
        while true {
            for multiple in [1, 2, 5] {
                let step = multiple * magnitude
                let steps = max(1, (maximum + step - 1) / step)
                if steps <= 5 { return (steps * step, (0...steps).map { $0 * step }) }
            }
            magnitude *= 10
        }
    }

    /// `value` to one decimal place, without a trailing `.0`, the same on every machine.
    static func text(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10
        let fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
