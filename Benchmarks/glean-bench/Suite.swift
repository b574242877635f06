import Foundation
import GleanCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every measure of the issue at one size, with the targets it sets for 100k logs (applied at every size).
struct Suite {
    /// The cache of projects.
    let cache: ProjectCache
    /// The `glean` binary next to this one.
    let glean: String
    /// The sizes at which the peer `qc` runs (its import takes minutes at 10k).
    let qcSizes: [String]

    /// Runs the whole suite on the project of `size`, generating it first if need be.
    func run(_ size: BenchSize) throws -> SizeReport {
        let (directory, generated) = try cache.project(size)
        let disk = try diskMiB(directory)
        var measures: [Measure] = []
        func add(_ measure: Measure) {
            measures.append(measure)
            log(
                "  \(size.name) \(measure.name): p50 \(String(format: "%.2f", measure.p50)) p99 \(String(format: "%.2f", measure.p99)) \(measure.unit) (n=\(measure.n))"
            )
        }

        log("\(size.name): opening \(directory.path) in process …")
        let (project, opening) = try open(directory, runs: size.runs(small: 5, large: 3))
        add(Measure("ProjectStore.open (in process)", opening))
        add(
            Measure(
                "bench process: peak RSS after opening", unit: "MiB", Self.peakResidentMiB(),
                note: generated ? "includes generating the project in this run" : nil))

        log("\(size.name): keystrokes …")
        let keystrokes = KeystrokeBench(project: project, maximum: 200, minimum: 20, budget: .seconds(10))
        for scenario in KeystrokeBench.scenarios {
            add(Measure(scenario.name, try keystrokes.measure(scenario), target: Target(.p99, atMost: 2)))
        }
        let csv = try cache.importFile(size, from: project)
        let counted = Counted(project)

        log("\(size.name): durable edits …")
        let durable = DurableBench(cache: cache, copy: try Spawn.onPath("cp"))
        add(
            Measure(
                "change made durable (record + fsync)", try durable.measure(directory, count: 200),
                target: Target(.p99, atMost: 5)))

        log("\(size.name): first screen in tmux …")
        let screens = FirstScreenBench(glean: glean, tmux: try Spawn.onPath("tmux"))
        let screenRuns = size.runs(small: 5, large: 3)
        let targets = size.targets
        let firstScreen = "first screen: glean open in tmux 80×24"
        add(
            Measure(
                firstScreen, try screens.measure(directory, runs: screenRuns),
                target: Target(.p50, atMost: targets.firstScreen)))
        add(
            Measure(
                "first screen: tmux floor (printf in tmux)", try screens.floor(runs: screenRuns),
                note: "what tmux and polling add"))

        log("\(size.name): floors …")
        let commands = CommandBench(glean: glean, time: try Spawn.onPath("time"), cache: cache)
        let peers = PeerBench(commands: commands)
        let runs = size.runs(small: 5, large: 3)
        let latest = counted.latestFortnight
        let parseFloor = "floor: Python json parse of the project"
        let ioFloor = "floor: cat of the first screen's bytes"
        func addCommand(_ name: String, _ result: CommandBench.Runs, time: Target?, memory limit: Target? = nil) {
            add(Measure("\(name): wall", result.wall, target: time))
            add(Measure("\(name): peak RSS", unit: "MiB", result.peak, target: limit))
        }
        addCommand(parseFloor, try peers.pythonParse(directory, runs: runs), time: nil)
        addCommand(ioFloor, try peers.firstScreenBytes(directory, latest: latest, runs: runs), time: nil)
        addCommand("glean keys (floor: no project read)", try commands.floor(runs: runs), time: nil)

        log("\(size.name): subcommands …")
        let exportMemory = targets.peakMiB.map { Target(.p50, atMost: $0) }
        let counts = "glean counts --json"
        let export = "glean export --fortnight \(latest) --format markdown"
        addCommand(counts, try commands.counts(directory, runs: runs), time: Target(.p50, atMost: targets.command))
        addCommand(
            export, try commands.export(directory, fortnight: latest, runs: runs),
            time: Target(.p50, atMost: targets.command))
        addCommand(
            "glean import of \(counted.logs) CSV rows",
            try commands.importCSV(csv, runs: size.runs(small: 3, large: 1)),
            time: targets.csvImport.map { Target(.p50, atMost: $0) })
        addCommand(
            "glean export --all --format csv", try commands.csvAll(directory, runs: size.runs(small: 3, large: 1)),
            time: targets.csvAll.map { Target(.p50, atMost: $0) }, memory: exportMemory)
        addCommand(
            "glean export --format qdpx", try commands.qdpx(directory, runs: size.runs(small: 3, large: 1)),
            time: Target(.p50, atMost: targets.qdpxExport), memory: exportMemory)
        let archive = try cache.scratch("archive").appendingPathComponent("project.qdpx")
        defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
        try Spawn.succeed(glean, ["export", "-p", directory.path, "--format", "qdpx", "-o", archive.path])
        let qdpxImport = "glean import --format qdpx (new project)"
        addCommand(
            qdpxImport, try commands.importQDPX(archive, runs: size.runs(small: 3, large: 1)),
            time: Target(.p50, atMost: targets.qdpxImport))
        var notes: [String] = []
        let qc = "peer: qc init --import + qc codes stats"
        if qcSizes.contains(size.name), let peer = try peers.qcImport(archive, runs: 1) {
            addCommand(qc, peer, time: nil)
        } else {
            notes.append("qc was not run at \(size.name) (not on PATH, or not among --qc-sizes).")
        }

        let ratios = Ratios(measures)
        for index in measures.indices {
            let name = measures[index].name
            var compared: [String?] = []
            if [firstScreen, counts + ": wall", export + ": wall"].contains(name) {
                compared.append(ratios.of(name, to: parseFloor + ": wall", "the parse floor"))
                compared.append(ratios.of(name, to: ioFloor + ": wall", "the I/O floor"))
            }
            if name == qdpxImport + ": wall" {
                compared.append(ratios.of(qc + ": wall", to: name, "qc's time over Glean's"))
            }
            let found = compared.compactMap { $0 }
            if !found.isEmpty {
                measures[index].note = ([measures[index].note].compactMap { $0 } + found).joined(separator: "; ")
            }
        }
        return SizeReport(
            size: size.name, logs: counted.logs, quotes: counted.quotes, fortnights: counted.fortnights, diskMiB: disk,
            measures: measures, notes: notes)
    }

    /// Opens the project read-only `runs` times, timing each, and returns the last one's project.
    private func open(_ directory: URL, runs: Int) throws -> (Project, Samples) {
        let clock = ContinuousClock()
        var samples = Samples()
        var project: Project?
        for _ in 0..<runs {
            project = nil
            var store: ProjectStore?
            samples.append(try clock.measure { store = try ProjectStore.open(directory) }.milliseconds)
            project = store?.opened
        }
        guard let project else { throw BenchError("no runs of ProjectStore.open") }
        return (project, samples)
    }

    /// The size of `directory` on disk as `du -sk` reports it, in MiB.
    private func diskMiB(_ directory: URL) throws -> Double {
        let output = try Spawn.succeed(try Spawn.onPath("du"), ["-sk", directory.path]).stdout
        guard let kibibytes = output.split(whereSeparator: \.isWhitespace).first.flatMap({ Double($0) }) else {
            throw BenchError("cannot read du's output: \(output)")
        }
        return kibibytes / 1024
    }

    /// This process's peak resident set so far (`getrusage`'s `ru_maxrss`), as a one-sample measure in MiB.
    private static func peakResidentMiB() -> Samples {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        var samples = Samples()
        samples.append(Double(usage.ru_maxrss) / 1024)
        return samples
    }
}

/// How big a project is: its logs, quotes and fortnights.
struct Counted {
    /// Logs in every fortnight.
    let logs: Int
    /// Quotes in every fortnight.
    let quotes: Int
    /// Fortnights with files.
    let fortnights: Int
    /// The latest fortnight's number.
    let latestFortnight: Int

    /// Counts `project`.
    init(_ project: Project) {
        logs = project.fortnights.values.reduce(0) { $0 + $1.logs.count }
        quotes = project.fortnights.values.reduce(0) { $0 + $1.quotes.count }
        fortnights = project.fortnights.count
        latestFortnight = project.latestFortnight
    }
}

/// The p50 of one measure over another's, from the measures of one run.
struct Ratios {
    private let medians: [String: Double]

    /// The ratios among `measures`.
    init(_ measures: [Measure]) {
        medians = Dictionary(measures.map { ($0.name, $0.p50) }, uniquingKeysWith: { first, _ in first })
    }

    /// "0.15× the parse floor": `name`'s p50 over `floor`'s, or nil when either is missing or the floor is 0.
    func of(_ name: String, to floor: String, _ label: String) -> String? {
        guard let value = medians[name], let base = medians[floor], base > 0 else { return nil }
        return String(format: "%.2f× %@", value / base, label)
    }
}
