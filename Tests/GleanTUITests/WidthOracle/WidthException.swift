/// A range of code points where `DisplayWidth` and Python's `wcwidth` (0.7.0) disagree, listed with the width
/// `DisplayWidth` gives there and why, so no disagreement passes silently.
///
/// "On purpose" exceptions follow what the terminal does here: glibc's `wcwidth(3)` (Unicode 15), which ncursesw and
/// tmux use to place the cursor, where it differs from the newer tables of the Python package. A place where
/// `DisplayWidth` differs from both is a defect to fix in `DisplayWidth`, not an exception.
struct WidthException {
    /// The code points the exception covers.
    let scalars: ClosedRange<UInt32>
    /// The width `DisplayWidth` gives each of them.
    let displayWidth: Int
    /// Why the two disagree.
    let reason: String

    private init(_ scalars: ClosedRange<UInt32>, _ displayWidth: Int, onPurpose reason: String) {
        self.scalars = scalars
        self.displayWidth = displayWidth
        self.reason = "on purpose: " + reason
    }

    /// Every disagreement in the sample of `DisplayWidthOracleTests`.
    static let all: [WidthException] = [
        .init(
            0x00...0x1F, 0,
            onPurpose:
                "C0 controls are not printable (wcwidth -1); TextSanitizer replaces them before anything is drawn"),
        .init(0x7F...0x9F, 0, onPurpose: "DEL and the C1 controls, as the C0 controls"),
        .init(
            0x0903...0x094F, 1,
            onPurpose:
                "a Devanagari spacing vowel sign with no letter before it takes a column in glibc (wcwidth 0.7: 0)"),
        .init(0x2630...0x2637, 1, onPurpose: "trigrams, wide only since Unicode 16; glibc draws them 1 wide"),
        .init(
            0x268A...0x268F, 1, onPurpose: "monograms and digrams, wide only since Unicode 16; glibc draws them 1 wide"),
        .init(
            0x1D360...0x1D37F, 1,
            onPurpose: "counting rod numerals, wide only since Unicode 16; glibc draws them 1 wide"),
        .init(0x302E...0x302F, 2, onPurpose: "Hangul tone marks: 2 wide in glibc (wcwidth: 0)"),
        .init(0x3164...0x3164, 2, onPurpose: "the Hangul filler: 2 wide in glibc (wcwidth: 0, as default-ignorable)"),
        .init(
            0x3248...0x324F, 2, onPurpose: "circled numbers on black squares (East Asian ambiguous): 2 wide in glibc"),
        .init(0xFFA0...0xFFA0, 1, onPurpose: "the halfwidth Hangul filler: 1 wide in glibc (wcwidth: 0)"),
    ]
}

/// A sampled string whose width `DisplayWidth` and Python's `wcwidth` (0.7.0) give differently, as `WidthException`
/// is for single code points.
struct StringWidthException {
    /// The string as sampled.
    let text: String
    /// The width `DisplayWidth` gives it.
    let displayWidth: Int
    /// Why the two disagree.
    let reason: String

    /// Every disagreement among the strings sampled by `DisplayWidthOracleTests`.
    static let all: [StringWidthException] = []
}
