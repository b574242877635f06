import Foundation

/// A part of a fortnight's note that is written on its own: in the interface's note editor and by `glean note`.
public enum NotePart: Equatable, Sendable {
    case opening
    case closingHeading
    case closing
    case next
    /// The facilitator's paragraph on a concern, by concern id.
    case paragraph(concern: String)

    /// What the part holds in `note`, as one text (the questions one per line).
    public func text(in note: FortnightNote) -> String {
        switch self {
        case .opening: return note.opening
        case .closingHeading: return note.closingHeading
        case .closing: return note.closing
        case .next: return note.next.joined(separator: "\n")
        case .paragraph(let concern): return note.paragraphs[concern] ?? ""
        }
    }

    /// `note` with `text` put in this part: trimmed, blank questions dropped, a heading on one line, an empty
    /// paragraph removed.
    public func setting(_ text: String, in note: FortnightNote) -> FortnightNote {
        var note = note
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .opening: note.opening = text
        case .closingHeading: note.closingHeading = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        case .closing: note.closing = text
        case .next:
            note.next = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
        case .paragraph(let concern): note.paragraphs[concern] = text.isEmpty ? nil : text
        }
        return note
    }
}
