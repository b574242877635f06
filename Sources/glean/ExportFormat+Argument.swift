import ArgumentParser
import GleanCore

/// `--format`: an export format by its name (`markdown`, `matrix-csv`, `qdpx`...); argument-parser refuses any other
/// value, naming it and every known format.
extension ExportFormat: ExpressibleByArgument {}
