/// Reading a string's Unicode scalars straight from its UTF-8 bytes, counting them as they go: the way to find scalar
/// offsets (the unit of sentences and quotes) in a long text quickly, even in a debug build, where each function call
/// per scalar costs more than the work itself. Callers loop over the bytes themselves, treating ASCII inline, and call
/// here only for the rest.
enum UTF8Scalars {
    /// Calls `body` with `text`'s UTF-8 bytes.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result
    {
        var text = text
        return try text.withUTF8(body)
    }

    /// The scalar whose first byte is at `index`, which must not be ASCII, and how many bytes it takes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Whether `scalar` is white space (Unicode's White_Space, none of which lies past U+3000).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value > 0x3000 { return false }
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// The byte offset of scalar `target`, counting on from byte `start`, which is scalar `scalar`; the end when the
    /// text has fewer scalars.
    static func byteOffset(
        ofScalar target: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: (byte: Int, scalar: Int)
    ) -> Int {
        var (byte, scalar) = start
        let count = bytes.count
        while byte < count {
            if bytes[byte] & 0xC0 != 0x80 {
                if scalar == target { return byte }
                scalar += 1
            }
            byte += 1
        }
        return byte
    }
}
