import Foundation

/// Text as a person reads it: invisible characters removed and look-alike forms made plain, so that what is compared or
/// searched cannot hide behind a zero-width space or a fullwidth letter.
///
/// Invisible means a format character or a default-ignorable code point (zero-width space and joiners, word joiner,
/// byte order mark, soft hyphen, bidirectional marks, variation selectors, …); look-alike forms are undone by Unicode
/// compatibility normalisation (NFKC: `ＥＭＡＩＬ` is `EMAIL`, `＠` is `@`, `０７` is `07`, a no-break space a space).
enum VisibleText {
    /// `text` without invisible characters, in compatibility form (NFKC). ASCII text is returned as it is.
    static func plain(_ text: String) -> String {
        guard !UTF8Scan.isASCII(text) else { return text }
        var visible = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isInvisible(scalar) {
            visible.append(scalar)
        }
        return String(visible).precomposedStringWithCompatibilityMapping
    }

    /// Whether `scalar` is shown as nothing at all: a format character or a default-ignorable code point.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.generalCategory == .format
    }
}
