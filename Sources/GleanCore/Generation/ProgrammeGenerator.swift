import SplitMix

/// Makes a synthetic learning-log programme of any size, the same for the same seed: participants with attributes,
/// a log per participant per fortnight (a few missing) of realistic length, and quotes tagged over whole sentences.
public struct ProgrammeGenerator: Sendable {
    /// How big a programme to make.
    public struct Size: Sendable {
        public var participants: Int
        public var fortnights: Int
        /// Logs per fortnight; by default about 95% of the participants write each fortnight.
        var logsPerFortnight: Int?
        /// Quotes per log on average.
        var quotesPerLog: Int

        /// Creates a size.
        public init(participants: Int, fortnights: Int, logsPerFortnight: Int? = nil, quotesPerLog: Int = 3) {
            self.participants = participants
            self.fortnights = fortnights
            self.logsPerFortnight = logsPerFortnight
            self.quotesPerLog = quotesPerLog
        }
    }

    private let size: Size
    private let seed: UInt64
    private let codebook: Codebook

    /// A generator for `size` (within the ranges `Size` documents) with `seed`, tagging with the concerns of
    /// `codebook`.
    public init(size: Size, seed: UInt64, codebook: Codebook) {
        self.size = size
        self.seed = seed
        self.codebook = codebook
    }

    /// The programme; `progress` hears each fortnight's number as it is made.
    public func make(progress: (Int) -> Void = { _ in }) -> Project {
        var random = SplitMix64(seed: seed)
        let start = Day(iso: "2020-04-06")!
        var project = Project(
            programme: Programme(name: "Synthetic programme (\(size.participants) participants)", start: start),
            participants: participants(&random), codebook: codebook)
        project.assignMissingAliases()
        var quoteNumber = 0
        for number in 1...max(1, size.fortnights) {
            var fortnight = Fortnight(number: number)
            let writers = project.participants.shuffled(using: &random).prefix(size.writersPerFortnight)
                .sorted { $0.code < $1.code }
            for participant in writers {
                let date = project.programme.firstDay(ofFortnight: number).adding(days: 7 + Int(random.next() % 7))
                let log = Log(
                    id: "\(participant.code)-\(date.iso)", participant: participant.code, date: date,
                    sections: PhraseBank.prompts.map { LogSection(prompt: $0, text: paragraph(&random)) })
                fortnight.logs.append(log)
                for quote in quotes(in: log, &random, counter: &quoteNumber) { fortnight.quotes.append(quote) }
            }
            fortnight.quotes.sort(by: Quote.precedes)
            project.fortnights[number] = fortnight
            progress(number)
        }
        return project
    }

    private func participants(_ random: inout SplitMix64) -> [Participant] {
        (1...max(1, size.participants)).map { index in
            let region = PhraseBank.regions[index % PhraseBank.regions.count]
            return Participant(
                code: "\(region)-\(String(repeating: "0", count: max(0, 4 - String(index).count)))\(index)",
                attributes: [
                    "care setting": PhraseBank.settings[Int(random.next() % UInt64(PhraseBank.settings.count))],
                    "role": PhraseBank.roles[Int(random.next() % UInt64(PhraseBank.roles.count))],
                    "organisation": "Trust \(Int(random.next() % 60) + 1)",
                ])
        }.sorted { $0.code < $1.code }
    }

    /// Three to six sentences: about 500 characters, so a log of three sections is about 1.6 KB.
    private func paragraph(_ random: inout SplitMix64) -> String {
        (0..<(3 + Int(random.next() % 4))).map { _ in
            let opening = PhraseBank.openings.randomElement(using: &random)!
            let subject = PhraseBank.subjects.randomElement(using: &random)!
            let ending = PhraseBank.endings.randomElement(using: &random)!
            return "\(opening) \(subject), \(ending)"
        }.joined(separator: " ")
    }

    private func quotes(in log: Log, _ random: inout SplitMix64, counter: inout Int) -> [Quote] {
        guard size.quotesPerLog > 0, !codebook.concerns.isEmpty else { return [] }
        let count = Int(random.next() % UInt64(2 * size.quotesPerLog + 1))
        var kept: [Quote] = []
        for _ in 0..<count {
            let section = Int(random.next() % UInt64(log.sections.count))
            let sentences = TextSegments.sentences(in: log.sections[section].text)
            guard let sentence = sentences.randomElement(using: &random),
                !kept.contains(where: { $0.section == section && $0.range == sentence })
            else { continue }
            counter += 1
            let concern = codebook.concerns.randomElement(using: &random)!.id
            kept.append(
                Quote(
                    id: "synthetic-\(counter)", log: log.id, participant: log.participant, section: section,
                    start: sentence.lowerBound, end: sentence.upperBound, concerns: [concern],
                    featured: random.next() % 50 == 0, coder: "generator", created: "2020-04-21T09:00:00Z"))
        }
        return kept
    }
}
