import Foundation
import GleanCore

/// What sits on top of a screen and takes the keys until it closes.
public enum Modal: Equatable, Sendable {
    /// The key map, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// A one-line text prompt.
    case prompt(Prompt)
    /// A list to pick one entry from.
    case picker(Picker)
    /// The multi-line editor, writing part of a fortnight's note.
    case text(TextEditing)
    /// A yes/no question before doing something the facilitator may not mean to.
    case confirm(Confirmation)
    /// The recent status-bar messages, newest first, scrolled by `scroll` lines.
    case messages(scroll: Int)
    /// The Reader's concern picker: tick, filter, create.
    case concernPicker(ConcernPicker)
}

/// A yes/no question, e.g. before exporting a provisional fortnight's summary.
public struct Confirmation: Equatable, Sendable {
    /// The question, e.g. "Fortnight 3 is provisional: 12 of 26 logs still to code. Export anyway?".
    public var question: String
    /// What `y` does.
    public var purpose: ConfirmationPurpose
}

/// What answering yes to a `Confirmation` does.
public enum ConfirmationPurpose: Equatable, Sendable {
    /// Export fortnight `fortnight` in `format`.
    case export(fortnight: Int, format: ExportFormat)
    /// Export fortnight `fortnight` in `format` over the file already there.
    case replaceExport(fortnight: Int, format: ExportFormat)
    /// Tag what auto-coding found, as one edit; the preview shows the plan.
    case autocode(AutocodePlan)
}

/// A one-line text prompt and what its answer is for.
public struct Prompt: Equatable, Sendable {
    /// The question, e.g. "Memo".
    public var title: String
    /// The answer being typed.
    public var editor: LineEditor
    /// What happens with the answer.
    public var purpose: PromptPurpose
}

/// What a prompt's answer is used for.
public enum PromptPurpose: Equatable, Sendable {
    case search
    /// The pattern to auto-code the fortnight with, tagging concern `concern` (an id).
    case autocodePattern(concern: String)
    case importPath
    case memo(fortnight: Int, quoteID: String)
    case addConcern
    case renameConcern(id: String)
    case describeConcern(id: String)
    case rethemeConcern(id: String)
    case keyConcernRule
    /// The name of a new theme for a new concern named `name`.
    case addConcernInNewTheme(name: String)
    /// The new name of theme `theme`.
    case renameTheme(String)
}

/// A list of choices.
public struct Picker: Equatable, Sendable {
    /// What is being picked, e.g. "Filter logs".
    public var title: String
    /// The choices as shown.
    public var options: [String]
    /// The highlighted choice.
    public var selected: Int
    /// What happens with the choice.
    public var purpose: PickerPurpose
}

/// What a picker's choice is used for.
public enum PickerPurpose: Equatable, Sendable {
    /// Filter the Logs screen; one filter per option.
    case filter([LogFilter])
    /// Export a fortnight; one `ExportFormat` per option, in `fortnightFormats` order.
    case export(fortnight: Int)
    /// Choose the concern to auto-code with, before the pattern; one concern id per option.
    case autocodeConcern([String])
    /// Choose the attribute holding writers' roles; one attribute name (or nil for none) per option.
    case attributionRole([String?])
    /// Choose the attribute holding writers' care settings after the role `role`; one name (or nil) per option.
    case attributionSetting(role: String?, [String?])
    /// Write a part of the fortnight's note; one part per option, in `TextPurpose.noteParts` order.
    case notePart(fortnight: Int)
    /// File a new concern named `name` under a theme; one theme per option, nil for "New theme…".
    case addConcernTheme(name: String, themes: [String?])
    /// Move concern `id` to a theme; one theme per option, nil for "New theme…".
    case moveConcern(id: String, themes: [String?])
    /// Merge concern `id` into another; one surviving concern id per option.
    case mergeConcern(id: String, into: [String])
    /// Read the import preview's dates in a format; one format (nil: detect it) per option.
    case importDateFormat([DatePattern?])
}
