import Foundation

/// Writing a part of a fortnight's note from the command line, as the interface's note editor does.
public enum NoteWriting {
    /// The edit that puts `text` in `part` of fortnight `number`'s note (see `NotePart.setting`), or nil when the note
    /// says that already. Throws a `ScriptingError` for a fortnight past the programme's latest or an unknown concern.
    public static func edit(_ project: Project, fortnight number: Int, part: NotePart, text: String) throws -> Edit? {
        guard project.fortnightNumbers.contains(number) else {
            throw ScriptingError.fortnightOutsideProgramme(asked: number, latest: project.latestFortnight)
        }
        var part = part
        var label = part.label
        if case .paragraph(let reference) = part {
            let concern = try project.findConcern(reference)
            part = .paragraph(concern: concern.id)
            label = "the paragraph on \(concern.name)"
        }
        let old = project.fortnight(number).note
        let note = part.setting(text, in: old)
        guard note != old else { return nil }
        return Edit(
            summary: "Saved \(label) of fortnight \(number)'s note", changes: [.setNote(fortnight: number, note: note)])
    }

    /// The text of the file at `url` for a note: UTF-8, at most as long as a log may be.
    public static func read(_ url: URL) throws -> String {
        let data = try BoundedFile.read(
            url, file: url.path, limit: InputLimits.logTextBytes, what: "a note part may hold")
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProjectError(file: url.path, problem: "the file is not UTF-8 text")
        }
        return text
    }
}

extension NotePart {
    /// The part in words, e.g. "the closing heading".
    fileprivate var label: String {
        switch self {
        case .opening: return "the opening"
        case .closingHeading: return "the closing heading"
        case .closing: return "the closing text"
        case .next: return "the \"What's next?\" questions"
        case .paragraph: return "the paragraph"
        }
    }
}
