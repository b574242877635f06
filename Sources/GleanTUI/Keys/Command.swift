import GleanCore

/// What a key asks for, independent of which key it is.
public enum Command: Hashable, Sendable {
    case up, down, left, right, pageUp, pageDown, top, bottom
    case open, back, help, nextScreen, previousScreen, quit
    case tag(Int)
    case pickConcern
    case undo, redo
    case search, nextMatch, previousMatch
    case export
    case nextLog, previousLog, nextQuote, previousQuote
    case feature, memo, deleteQuote
    case extendSentence, shrinkSentence, extendWord, shrinkWord, startForward, startBack, resetSelection
    case editNote, filter, autocode, importLogs, toggleDone
    case breakdown, widenWindow, narrowWindow, editParagraph, keyConcernRule
    case addConcern, renameConcern, recolourConcern, describeConcern, rethemeConcern, clearKey
    case chooseAttribution
    case messages, yes, no, save
    case deleteConcern, mergeConcern, moveConcernUp, moveConcernDown, renameTheme
    case useColumn(ColumnUse)
    case chooseDateFormat
    case cycleCodingView
    case agreement, switchUnit
    case disagreements, acceptAll, acceptNone, reopenDisagreement
    case sync
}
