/// Which columns of an input hold what, as the `glean import` options name them.
///
/// Names are matched to headers exactly, or else as the same words (`HeaderName`: case, spacing, punctuation,
/// look-alike and invisible characters aside) when only one header fits. Unnamed roles fall back to defaults: the
/// participant column is the one headed "participant", "participant code", "participant id" or "code"; the date column
/// the one headed "date", "log date", "completion time", "submitted", "submitted at" or "timestamp" (the first of these
/// present); the text columns every column not otherwise named, ignored, or left out by `SensitiveColumns`.
public struct ImportMapping: Equatable, Sendable {
    /// The participant column's header, or nil to find it by name.
    var participantColumn: String?
    /// The date column's header, or nil to find it by name.
    var dateColumn: String?
    /// How the dates are written, or nil to detect it from a CSV file's dates (`DateFormatDetection`; ISO for text
    /// files).
    var dateFormat: DatePattern?
    /// The columns that become the log's sections, in order; empty for the default.
    var textColumns: [String]
    /// The columns that become participant attributes.
    var attributeColumns: [String]
    /// The columns left out.
    var ignoreColumns: [String]

    /// Creates a mapping; every part defaults.
    public init(
        participantColumn: String? = nil, dateColumn: String? = nil, dateFormat: DatePattern? = nil,
        textColumns: [String] = [], attributeColumns: [String] = [], ignoreColumns: [String] = []
    ) {
        self.participantColumn = participantColumn
        self.dateColumn = dateColumn
        self.dateFormat = dateFormat
        self.textColumns = textColumns
        self.attributeColumns = attributeColumns
        self.ignoreColumns = ignoreColumns
    }

    /// Headers taken as the participant column when none is named, compared as `HeaderName` keys.
    static let participantHeaders = ["participant", "participant code", "participant id", "code"]
    /// Headers taken as the date column when none is named, compared as `HeaderName` keys, in order of preference.
    static let dateHeaders = ["date", "log date", "completion time", "submitted", "submitted at", "timestamp"]
}
