import GleanCore

/// The import preview: choosing what each column is imported as and how dates are written (re-reading the input each
/// time, as an effect), and importing.
enum ImportPreviewUpdate {
    /// Shows `preview`, read afresh or re-read after its mapping changed. A re-read that no longer matches the mapping
    /// on screen (the user changed it again meanwhile) is dropped: the newer one is on its way; so is one whose preview
    /// was closed. A fresh read with
    /// columns that read as a role or care setting has them marked, and is read again so they become attributes.
    /// Dates that read two ways open the date-format picker.
    static func show(_ preview: ImportPreview, _ state: inout AppState) -> [Effect] {
        if state.screen == .importPreview, let current = state.importPreview, current.path == preview.path {
            guard current.mapping == preview.mapping else { return [] }
            var shown = preview
            shown.selected = current.selected
            state.importPreview = shown
            askForDateFormat(&state)
            return []
        }
        guard !preview.isReread else { return [] }
        state.importPreview = preview
        Update.push(.importPreview, &state)
        guard let suggested = preview.suggesting(by: state.project.attribution) else {
            askForDateFormat(&state)
            return []
        }
        state.importPreview = suggested
        state.importPreview?.isReading = true
        state.message = "Marked the role and care setting columns for attribution"
        return [.rereadImport(suggested)]
    }

    /// Carries out `command` on the preview: choose a column, change its use or the date format, or import.
    static func perform(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard var preview = state.importPreview else { return [] }
        switch command {
        case .up, .down, .top, .bottom, .pageUp, .pageDown:
            let page = ListNavigation.page(forHeight: state.size.height)
            preview.selected =
                ListNavigation.index(
                    after: command, current: preview.selected, count: preview.columns.count, page: page)
                ?? preview.selected
            state.importPreview = preview
            return []
        case .left, .right, .useColumn:
            guard !preview.columns.isEmpty else {
                state.message = "Only a CSV file's columns can be mapped; a text file's sections are its headings"
                return []
            }
            if case .useColumn(let use) = command {
                state.message = preview.use(use)
            } else {
                state.message = preview.cycleSelectedUse(by: command == .right ? 1 : -1)
            }
            return reread(preview, &state)
        case .chooseDateFormat:
            openDateFormats(preview, title: "How are the dates written?", &state)
            return []
        case .open:
            return importRows(preview, &state)
        default:
            return []
        }
    }

    /// Reads the input with the date format `format` (nil: detect it).
    static func chose(dateFormat format: DatePattern?, _ state: inout AppState) -> [Effect] {
        guard var preview = state.importPreview else { return [] }
        preview.dateFormat = format
        preview.ambiguity = nil
        state.message = "Dates: \(format.map { "read as \($0)" } ?? "detected from the values")"
        return reread(preview, &state)
    }

    /// The date formats offered: detection, then each known family's lenient pattern.
    static let dateFormats: [DatePattern?] = [nil] + DateFormatDetection.Family.allCases.map(\.lenient)

    /// Puts `preview` on screen and asks for it to be read again with its mapping, or says what is missing first.
    private static func reread(_ preview: ImportPreview, _ state: inout AppState) -> [Effect] {
        var preview = preview
        preview.problem = preview.missingUse
        guard preview.problem == nil else {
            preview.batch = ImportBatch()
            state.importPreview = preview
            return []
        }
        preview.isReading = true
        state.importPreview = preview
        return [.rereadImport(preview)]
    }

    /// Opens the date-format picker when the dates read two ways and nothing else is open.
    private static func askForDateFormat(_ state: inout AppState) {
        guard state.modal == nil, let preview = state.importPreview, let ambiguity = preview.ambiguity else { return }
        openDateFormats(preview, title: "Read “\(ambiguity.sample)” as", &state)
    }

    private static func openDateFormats(_ preview: ImportPreview, title: String, _ state: inout AppState) {
        var formats = dateFormats
        var options = formats.map { $0.map { "\($0)" + label($0) } ?? "detect from the dates" }
        if let ambiguity = preview.ambiguity {
            formats = ambiguity.choices
            options = ambiguity.choices.map { pattern in
                "\(pattern): "
                    + (pattern.day(from: ambiguity.sample).map { "\($0.shortText) \($0.components.year)" } ?? "no day")
            }
        }
        let selected = formats.firstIndex(of: preview.dateFormat) ?? 0
        state.modal = .picker(
            Picker(title: title, options: options, selected: selected, purpose: .importDateFormat(formats)))
    }

    /// " (day-first)" for a day-first pattern, and so on.
    private static func label(_ pattern: DatePattern) -> String {
        DateFormatDetection.Family.of(pattern).map { " (\($0.rawValue))" } ?? ""
    }

    private static func importRows(_ preview: ImportPreview, _ state: inout AppState) -> [Effect] {
        guard !preview.isReading else {
            state.message = "Still reading the input with the new mapping; press Enter again when the preview shows it"
            return []
        }
        if let reason = preview.problem ?? preview.ambiguity.map({ _ in "Choose how the dates are written: press f" }) {
            state.message = reason
            return []
        }
        guard !preview.batch.logs.isEmpty else {
            state.message = "No row is good yet: nothing to import"
            return []
        }
        let current = state.project.attribution
        do {
            let chosen = try preview.attribution(after: current, in: state.project)
            return [.importLogs(preview.batch, attribution: chosen == current ? nil : chosen)]
        } catch let error as AttributionError {
            state.message = "\(error); s makes the column a section"
            return []
        } catch {
            return []
        }
    }
}
