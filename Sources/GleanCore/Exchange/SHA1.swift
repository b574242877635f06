/// SHA-1 (FIPS 180-4), only for name-based UUIDs (version 5), which the standard defines over SHA-1.
///
/// Foundation on Linux has no SHA-1 and adding swift-crypto for forty lines is not worth a dependency; SHA-1 is not
/// used here for security, only to make the same name give the same GUID as RFC 4122 prescribes. An export hashes a
/// name for every quote and coding, so the message schedule lives on the stack and the padded message is made once.
enum SHA1 {
    /// The 20-byte digest of `message`.
    /// - Complexity: O(n) in the length of `message`.
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let length = message.count + 1 + (64 - (message.count + 9) % 64) % 64 + 8
        var padded = [UInt8](repeating: 0, count: length)
        padded.replaceSubrange(0..<message.count, with: message)
        padded[message.count] = 0x80
        let bitLength = UInt64(message.count) * 8
        for index in 0..<8 { padded[length - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(index) * 8)) }
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for block in stride(from: 0, to: length, by: 64) {
                for t in 0..<16 {
                    let byte = block + t * 4
                    w[t] =
                        UInt32(padded[byte]) << 24 | UInt32(padded[byte + 1]) << 16 | UInt32(padded[byte + 2]) << 8
                        | UInt32(padded[byte + 3])
                }
                for t in 16..<80 {
                    w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)
                }
                var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
                for t in 0..<80 {
                    let (f, k): (UInt32, UInt32) =
                        switch t {
                        case 0..<20: ((b & c) | (~b & d), 0x5A82_7999)
                        case 20..<40: (b ^ c ^ d, 0x6ED9_EBA1)
                        case 40..<60: ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                        default: (b ^ c ^ d, 0xCA62_C1D6)
                        }
                    let temp = rotate(a, 5) &+ f &+ e &+ k &+ w[t]
                    (e, d, c, b, a) = (d, c, rotate(b, 30), a, temp)
                }
                h[0] = h[0] &+ a
                h[1] = h[1] &+ b
                h[2] = h[2] &+ c
                h[3] = h[3] &+ d
                h[4] = h[4] &+ e
            }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(20)
        for word in h {
            digest += [
                UInt8(truncatingIfNeeded: word >> 24), UInt8(truncatingIfNeeded: word >> 16),
                UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word),
            ]
        }
        return digest
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        value << count | value >> (32 - count)
    }
}
