/// The status bar's word on background work Esc can cancel: an export being written or an import's input being read,
/// as long a form as fits, each keeping what it does.
enum WorkProgress {
    /// The longest form that fits `room` columns; nil when nothing is going on or none fits.
    static func text(_ state: AppState, room: Int) -> String? {
        let forms: [String]
        if let job = state.exporting {
            forms = ["Exporting \(job.fileName)… Esc cancels", "Exporting… Esc cancels", "Exporting…"]
        } else if let reading = state.importReading, !reading.cancelled {
            let name = ImportReadingUpdate.name(reading.path)
            forms = ["Reading \(name)… Esc cancels", "Reading… Esc cancels", "Reading…"]
        } else {
            return nil
        }
        return forms.first { DisplayWidth.of($0) <= room }
    }
}
