/// Reads, on any thread, the fortnights a project was opened without (`Project.unread`), from their files.
///
/// The fortnights the journal changed were read on opening, and only fortnights in memory are ever written, so the
/// files hold all there is of the others. Each fortnight read is checked against the digest that stood in for it:
/// when they differ, the digest made from the text itself is recorded (for a project opened for editing), and the
/// fortnight read replaces the digest in memory either way.
public struct UnreadFortnightReader: Sendable {
    let layout: ProjectLayout
    let opened: Project
    let recordsDigests: Bool

    /// Reads fortnights `numbers`, stopping when `cancellation` is cancelled.
    public func read(_ numbers: some Sequence<Int>, cancellation: CancellationToken? = nil) throws -> [Int: Fortnight] {
        let root = try layout.openRoot()
        let source = try SnapshotSource(root: root, pending: nil)
        var read: [Int: Fortnight] = [:]
        for number in numbers {
            try cancellation?.check()
            let fortnight = try ProjectReader.readFortnight(number, source)
            read[number] = fortnight.fortnight
            guard recordsDigests, let stamps = fortnight.stamps else { continue }
            let digest = fortnight.fortnight.digest
            if digest != opened.unread[number] { DigestCache.store(digest, stamps: stamps, in: root) }
        }
        return read
    }
}
