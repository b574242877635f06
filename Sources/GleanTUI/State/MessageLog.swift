/// The recent status-bar messages, oldest first, at most `capacity` of them, each with the time it was shown.
public struct MessageLog: Sendable {
    /// One message and when it was shown.
    public struct Entry: Equatable, Sendable {
        /// The message.
        public var text: String
        /// When it was shown, as ISO 8601 UTC; nil until the update that showed it ends.
        public var time: String?
    }

    /// How many messages are kept.
    public static let capacity = 100

    /// The messages kept, oldest first.
    public private(set) var entries: [Entry] = []

    /// Creates an empty log.
    public init() {}

    /// Keeps `text`, dropping the oldest message when full.
    mutating func record(_ text: String) {
        entries.append(Entry(text: text, time: nil))
        if entries.count > MessageLog.capacity { entries.removeFirst(entries.count - MessageLog.capacity) }
    }

    /// Gives the messages recorded since the last call the time `now`.
    mutating func stamp(_ now: String) {
        for index in entries.indices.reversed() {
            guard entries[index].time == nil else { break }
            entries[index].time = now
        }
    }
}

extension MessageLog: Equatable {
    /// Two logs are equal when they hold the same messages: when they were shown is not what the interface shows.
    public static func == (lhs: MessageLog, rhs: MessageLog) -> Bool {
        lhs.entries.map(\.text) == rhs.entries.map(\.text)
    }
}
