import Foundation
import GleanCore

/// A piece of the summary being written in the multi-line editor, and what it is for.
public struct TextEditing: Equatable, Sendable {
    /// The heading, e.g. "Closing text · Fortnight 3".
    public var title: String
    /// A line on what to write, e.g. "One question per line".
    public var hint: String
    /// The text being written.
    public var editor: MultiLineEditor
    /// The text as it was when the editor opened, to tell whether Esc throws anything away.
    public var original: String
    /// Where the text goes when saved.
    public var purpose: TextPurpose
    /// Whether Esc has asked "discard your changes?" and waits for the answer.
    public var confirmingCancel = false

    /// An editor for `purpose`, holding what `project` has there now.
    public init(_ purpose: TextPurpose, in project: Project) {
        self.purpose = purpose
        let note = project.fortnight(purpose.fortnight).note
        let text: String
        switch purpose {
        case .opening:
            (title, hint, text) = ("Opening", "The paragraph that opens the summary", note.opening)
        case .closingHeading:
            (title, hint, text) = (
                "Closing heading", "Leave empty for “\(FortnightNote.standardClosingHeading)”", note.closingHeading
            )
        case .closing:
            (title, hint, text) = ("Closing text", "Under “\(note.closingTitle)”, after the key concerns", note.closing)
        case .next:
            (title, hint, text) = ("What's next?", "One question per line", note.next.joined(separator: "\n"))
        case .paragraph(_, let concern):
            let name = project.codebook.concern(id: concern)?.name ?? concern
            title = "Paragraph on \(name)"
            hint = "Leave empty to use the concern's description"
            text = note.paragraphs[concern] ?? ""
        }
        title += " · Fortnight \(purpose.fortnight)"
        editor = MultiLineEditor(text)
        original = text
    }

    /// The width the text wraps at in a terminal of `size`: the editor's one rule, used by the keys and the drawing.
    public static func wrapWidth(for size: TerminalSize) -> Int {
        max(10, size.width - 4)
    }

    /// The note of `project`'s fortnight with the editor's text put where it belongs; trimmed, blank questions
    /// dropped, a heading on one line, an empty paragraph removed.
    public func note(in project: Project) -> FortnightNote {
        var note = project.fortnight(purpose.fortnight).note
        let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch purpose {
        case .opening: note.opening = text
        case .closingHeading:
            note.closingHeading = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        case .closing: note.closing = text
        case .next:
            note.next = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .paragraph(_, let concern): note.paragraphs[concern] = text.isEmpty ? nil : text
        }
        return note
    }
}

/// Which part of a fortnight's note the multi-line editor writes.
public enum TextPurpose: Equatable, Sendable {
    case opening(fortnight: Int)
    case closingHeading(fortnight: Int)
    case closing(fortnight: Int)
    case next(fortnight: Int)
    /// The facilitator's paragraph on a concern.
    case paragraph(fortnight: Int, concern: String)

    /// The fortnight whose note it writes.
    public var fortnight: Int {
        switch self {
        case .opening(let number), .closingHeading(let number), .closing(let number), .next(let number),
            .paragraph(let number, _):
            return number
        }
    }

    /// The parts of a note the `n` menu offers, in its order.
    public static func noteParts(fortnight: Int) -> [(label: String, purpose: TextPurpose)] {
        [
            ("Opening", .opening(fortnight: fortnight)), ("Closing heading", .closingHeading(fortnight: fortnight)),
            ("Closing text", .closing(fortnight: fortnight)), ("What's next?", .next(fortnight: fortnight)),
        ]
    }
}
