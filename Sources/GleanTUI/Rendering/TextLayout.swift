import GleanCore

/// Fitting text to a number of terminal columns, measured as `ScreenBuffer.write` would draw it.
public enum TextLayout {
    /// Sanitised `text`, cut to at most `width` columns with a trailing "…" when anything was cut.
    public static func truncate(_ text: String, toWidth width: Int) -> String {
        let text = TextSanitizer.displayable(text)
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            used += DisplayWidth.of(character)
            guard used < width else { break }
            result.append(character)
        }
        return result + "…"
    }

    /// Sanitised `text`, followed by spaces up to `width` columns; never shortened.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        let text = TextSanitizer.displayable(text)
        return text + String(repeating: " ", count: max(width - DisplayWidth.of(text), 0))
    }

    /// Word-wraps `text` to `width` columns and returns the range of `text` shown on each row.
    ///
    /// Rows break at spaces (which hang at the end of the row they follow) and at newlines
    /// (which belong to no row). A word wider than the row is broken wherever it reaches the
    /// edge, and a row holds at most `width` characters of no width (format characters, lone
    /// combining marks), so no text makes a row endless. Empty text gives one empty row.
    /// - Complexity: O(n), reading ASCII straight from the UTF-8 bytes.
    public static func wrap(_ text: String, width: Int) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return wrappedRows(text, width: width).rows.map {
            utf8.index(
                utf8.startIndex, offsetBy: $0.bytes.lowerBound)..<utf8.index(
                    utf8.startIndex, offsetBy: $0.bytes.upperBound)
        }
    }

    /// The rows of `wrap`, as UTF-8 byte offsets and Unicode-scalar offsets into `text`, starting with the row that
    /// starts at `start` and stopping after `limit` rows; `rest` is where the next row starts, nil after the last.
    ///
    /// Laying out from the start of a row gives the same rows as laying out the whole text, so a long text can be
    /// laid out a screenful at a time. One loop with plain local variables: a call per character would make a debug
    /// build take several times as long over a 1 MiB log. ASCII is measured inline, any other character by `Cluster`.
    static func wrappedRows(
        _ text: String, width: Int, from start: TextPosition = TextPosition(byte: 0, scalar: 0), limit: Int = .max
    ) -> (rows: [WrappedRow], rest: TextPosition?) {
        let width = max(width, 1)
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var rows: [WrappedRow] = []
            let count = bytes.count
            // The row's start, the character being placed, and the run of spaces the row could break at (with the
            // column just after it), each as a UTF-8 offset and a scalar offset.
            var startByte = start.byte
            var startScalar = start.scalar
            var byte = start.byte
            var scalar = start.scalar
            var spacesStartByte = -1
            var spacesStartScalar = 0
            var spacesEndByte = -1
            var spacesEndScalar = 0
            var spacesColumn = 0
            var column = 0
            var charactersOfNoWidth = 0
            var widths = ScalarWidths()
            while byte < count {
                var length = 1
                var scalars = 1
                var columns = 1
                var isSpace = false
                var isNewline = false
                let lead = bytes[byte]
                let next: UInt8 = byte + 1 < count ? bytes[byte + 1] : 0
                if lead < 0x80, next < 0x80 {
                    // An ASCII scalar followed by another is a character of its own, but for CR LF.
                    switch lead {
                    case 0x20: isSpace = true
                    case 0x0A, 0x0B, 0x0C: isNewline = true
                    case 0x0D:
                        isNewline = true
                        if next == 0x0A { (length, scalars) = (2, 2) }
                    default: break
                    }
                } else {
                    let cluster = Cluster(text, bytes, at: byte, &widths)
                    (length, scalars, columns, isSpace, isNewline) =
                        (cluster.bytes, cluster.scalars, cluster.columns, cluster.isSpace, cluster.isNewline)
                }
                if isNewline {
                    rows.append(WrappedRow(bytes: startByte..<byte, scalars: startScalar..<scalar))
                    (startByte, startScalar) = (byte + length, scalar + scalars)
                    (column, charactersOfNoWidth, spacesStartByte) = (0, 0, -1)
                    if rows.count == limit { return (rows, TextPosition(byte: startByte, scalar: startScalar)) }
                } else if isSpace {
                    if spacesEndByte != byte || spacesStartByte < 0 {
                        (spacesStartByte, spacesStartScalar) = (byte, scalar)
                    }
                    column += 1
                    (spacesEndByte, spacesEndScalar, spacesColumn) = (byte + 1, scalar + 1, column)
                } else if (column + columns > width && column > 0) || (columns == 0 && charactersOfNoWidth >= width) {
                    if spacesStartByte > startByte {
                        rows.append(
                            WrappedRow(bytes: startByte..<spacesStartByte, scalars: startScalar..<spacesStartScalar))
                        (startByte, startScalar) = (spacesEndByte, spacesEndScalar)
                        column -= spacesColumn
                    } else {
                        rows.append(WrappedRow(bytes: startByte..<byte, scalars: startScalar..<scalar))
                        (startByte, startScalar, column) = (byte, scalar, 0)
                    }
                    (spacesStartByte, charactersOfNoWidth) = (-1, 0)
                    if rows.count == limit { return (rows, TextPosition(byte: startByte, scalar: startScalar)) }
                    continue
                } else {
                    column += columns
                    if columns == 0 { charactersOfNoWidth += 1 }
                }
                byte += length
                scalar += scalars
            }
            rows.append(WrappedRow(bytes: startByte..<count, scalars: startScalar..<scalar))
            return (rows, nil)
        }
    }

    /// The columns `character` takes once sanitised, as `ScreenBuffer.write` draws it.
    fileprivate static func displayedWidth(_ character: Character) -> Int {
        // Only characters of no width (controls, format characters) can be changed by the sanitiser, always into
        // something one column wide; measuring the rest directly saves making a string for each.
        let width = DisplayWidth.of(character)
        return width > 0 ? width : DisplayWidth.of(TextSanitizer.displayable(String(character)))
    }
}

/// A row of wrapped text: where it starts and ends, in UTF-8 bytes and in Unicode scalars.
struct WrappedRow: Equatable, Sendable {
    var bytes: Range<Int>
    var scalars: Range<Int>
}

/// A place in a text, as a UTF-8 offset and a Unicode-scalar offset.
struct TextPosition: Equatable, Sendable {
    var byte: Int
    var scalar: Int
}

/// A character (grapheme cluster) other than lone ASCII, as the wrapper sees it: its length and width, and whether
/// it breaks the row.
private struct Cluster {
    let bytes: Int
    let scalars: Int
    let columns: Int
    let isSpace: Bool
    let isNewline: Bool

    /// The character of `text` (whose UTF-8 is `utf8`) starting at UTF-8 offset `byte`. Swift finds where the
    /// character ends; the width of one of a single scalar, the most common, is then measured once per kind, by
    /// `widths`.
    init(_ text: String, _ utf8: UnsafeBufferPointer<UInt8>, at byte: Int, _ widths: inout ScalarWidths) {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: byte)
        bytes = text.utf8.distance(from: start, to: text.index(after: start))
        let lead = utf8[byte]
        guard bytes == (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4) else {
            let character = text[start]
            scalars = character.unicodeScalars.count
            isNewline = character.isNewline
            isSpace = false
            columns = isNewline ? 0 : TextLayout.displayedWidth(character)
            return
        }
        let scalar = text.unicodeScalars[start]
        scalars = 1
        isNewline = Character(scalar).isNewline
        isSpace = scalar == " "
        columns = isNewline ? 0 : widths.of(scalar)
    }
}

/// The widths of the characters of one scalar met so far: measuring each kind once makes laying out text in other
/// scripts several times faster, since most of it is such characters, drawn from a small set.
private struct ScalarWidths {
    private var known: [UInt32: Int] = [:]

    /// The width of the character made of `scalar` alone.
    mutating func of(_ scalar: Unicode.Scalar) -> Int {
        if let width = known[scalar.value] { return width }
        let width = TextLayout.displayedWidth(Character(scalar))
        known[scalar.value] = width
        return width
    }
}
