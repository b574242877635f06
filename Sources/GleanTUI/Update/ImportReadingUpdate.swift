import Foundation

/// Reading an import's input for its first preview, in the background (`Effect.readImport`): the status bar says what
/// is being read, and Esc cancels it, importing nothing: a cancelled read's outcome, should it still arrive, opens no
/// preview.
enum ImportReadingUpdate {
    /// What the status bar says when reading is cancelled.
    static let cancelledMessage = "Import cancelled; nothing was imported"

    /// Starts reading the input at `path`.
    static func start(_ path: String, _ state: inout AppState) -> [Effect] {
        state.importReading = ImportReadingJob(path: path)
        state.message = "Reading \(name(path))… Esc cancels"
        return [.readImport(path: path)]
    }

    /// Esc while the input is being read: cancels it.
    static func cancel(_ state: inout AppState) -> [Effect] {
        state.importReading?.cancelled = true
        state.message = cancelledMessage
        return [.cancelImportReading]
    }

    /// Whether `preview` is to be shown: anything but the outcome of a cancelled read or of an earlier read of
    /// another input. The outcome of the read going on ends it, and the status bar's word on it.
    static func awaited(_ preview: ImportPreview, _ state: inout AppState) -> Bool {
        guard !preview.isReread, let reading = state.importReading else { return true }
        guard reading.path == preview.path else { return false }
        state.importReading = nil
        guard !reading.cancelled else { return false }
        state.message = nil
        return true
    }

    /// An import that failed, reading its input or importing it: says why, unless the read was cancelled (the status
    /// bar said so already).
    static func failed(_ reason: String, _ state: inout AppState) {
        let cancelled = state.importReading?.cancelled == true
        state.importReading = nil
        guard !cancelled else { return }
        state.message = "Import failed: \(reason)"
    }

    /// The last part of `path`, as the status bar names the input.
    static func name(_ path: String) -> String {
        (path as NSString).lastPathComponent
    }
}
