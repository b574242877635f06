import GleanCore

/// The auto-code preview: the question naming the count and the concern, the first sentences that would be tagged
/// with the match highlighted (`SearchHighlight`), and the keys.
enum AutocodePreviewView {
    static func draw(
        _ plan: AutocodePlan, _ question: String, _ theme: Theme, in area: Rect, into buffer: inout ScreenBuffer
    ) {
        let width = min(area.width - 2, 72)
        let questionLines = TextLayout.wrap(question, width: width - 4).map { String(question[$0]) }
        let more = plan.sentences - plan.samples.count
        let footer = (more > 0 ? ["…and \(more) more"] : []) + ["y tags · n or Esc cancels"]
        let wanted = questionLines.count + plan.samples.count + footer.count + 2
        let height = min(area.height, wanted)
        let box = Rect(
            x: (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        Box.draw(box, title: "Auto-code", into: &buffer)
        let inner = box.width - 4
        var y = box.y + 1
        let last = box.bottom - 2
        for line in questionLines where y <= last {
            buffer.put(line, x: box.x + 2, y: y, width: inner, style: theme.warning)
            y += 1
        }
        for sample in plan.samples where y <= last - footer.count {
            drawSample(sample, theme, x: box.x + 2, y: y, width: inner, into: &buffer)
            y += 1
        }
        y = max(y, last - footer.count + 1)
        for line in footer where y <= last {
            buffer.put(line, x: box.x + 2, y: y, width: inner, style: theme.dim)
            y += 1
        }
    }

    /// "NW-07 …I felt exhausted by…", starting close enough to the match that it shows.
    private static func drawSample(
        _ sample: AutocodeSample, _ theme: Theme, x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer
    ) {
        var column = x + buffer.write(sample.participant + " ", x: x, y: y, style: theme.heading, maxWidth: width)
        let end = x + width
        let start = sample.match.lowerBound > max(0, end - column - 12) ? max(0, sample.match.lowerBound - 8) : 0
        if start > 0 { column += buffer.write("…", x: column, y: y, maxWidth: end - column) }
        var offset = 0
        for character in sample.sentence {
            defer { offset += character.unicodeScalars.count }
            guard offset >= start else { continue }
            guard column < end else { break }
            let style = sample.match.contains(offset) ? SearchHighlight.style(Style(), theme) : Style()
            column += buffer.write(String(character), x: column, y: y, style: style, maxWidth: end - column)
        }
    }
}
