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
        let text = purpose.part.text(in: note)
        switch purpose {
        case .opening:
            (title, hint) = ("Opening", "The paragraph that opens the summary")
        case .closingHeading:
            (title, hint) = ("Closing heading", "Leave empty for “\(FortnightNote.standardClosingHeading)”")
        case .closing:
            (title, hint) = ("Closing text", "Under “\(note.closingTitle)”, after the key concerns")
        case .next:
            (title, hint) = ("What's next?", "One question per line")
        case .paragraph(_, let concern):
            let name = project.codebook.concern(id: concern)?.name ?? concern
            title = "Paragraph on \(name)"
            hint = "Leave empty to use the concern's description"
        }
        title += " · Fortnight \(purpose.fortnight)"
        editor = MultiLineEditor(text)
        original = text
    }

    /// The width the text wraps at in a terminal of `size`: the editor's one rule, used by the keys and the drawing.
    public static func wrapWidth(for size: TerminalSize) -> Int {
        max(10, size.width - 4)
    }

    /// The note of `project`'s fortnight with the editor's text put where it belongs (`NotePart.setting`).
    public func note(in project: Project) -> FortnightNote {
        purpose.part.setting(editor.text, in: project.fortnight(purpose.fortnight).note)
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

    /// The part of the note it writes.
    public var part: NotePart {
        switch self {
        case .opening: return .opening
        case .closingHeading: return .closingHeading
        case .closing: return .closing
        case .next: return .next
        case .paragraph(_, let concern): return .paragraph(concern: concern)
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
