import Foundation
import GleanCore
import XCTest

extension EndToEndTestCase {
    /// The project at `url` as Glean reads it (journal replayed), opened read-only through the library, independently
    /// of the `glean` subcommands.
    func readProject(_ url: URL) throws -> Project {
        try ProjectStore.open(url).opened
    }

    /// Every quote of the project at `url`, in every fortnight.
    func allQuotes(_ url: URL) throws -> [Quote] {
        try readProject(url).fortnights.values.flatMap(\.quotes)
    }
}
