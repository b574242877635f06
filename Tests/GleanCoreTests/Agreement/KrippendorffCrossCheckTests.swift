import Foundation
import GleanTestSupport
import XCTest

@testable import GleanCore

/// Glean's nominal alpha against Python's `krippendorff` package on random presence matrices with missing codes.
/// Runs when `python3 -c 'import krippendorff'` works (`.ci/run` installs it); skipped, saying why, otherwise.
final class KrippendorffCrossCheckTests: XCTestCase {
    func testNominalAlphaMatchesThePythonPackage() throws {
        try XCTSkipUnless(
            Self.pythonHasKrippendorff(),
            "python3 with the krippendorff package is not installed (pip install krippendorff)")
        var random = SeededGenerator(seed: 12)
        var matrices: [[[Int?]]] = []
        var tallies: [BinaryTally] = []
        while matrices.count < 60 {
            let coders = 2 + Int(random.next() % 4)
            let units = 3 + Int(random.next() % 40)
            let missingPercent = random.next() % 40
            let onesPercent = 5 + random.next() % 90
            var matrix = Array(repeating: [Int?](repeating: nil, count: units), count: coders)
            var tally = BinaryTally(coders: coders)
            for unit in 0..<units {
                let codes: [Bool?] = (0..<coders).map { _ in
                    random.next() % 100 < missingPercent ? nil : random.next() % 100 < onesPercent
                }
                for coder in 0..<coders { matrix[coder][unit] = codes[coder].map { $0 ? 1 : 0 } }
                tally.add(codes)
            }
            guard tally.alpha.value != nil else { continue }
            matrices.append(matrix)
            tallies.append(tally)
        }
        let expected = try Self.pythonAlphas(matrices)
        XCTAssertEqual(expected.count, tallies.count)
        for (index, (tally, python)) in zip(tallies, expected).enumerated() {
            XCTAssertEqual(
                try XCTUnwrap(tally.alpha.value), python, accuracy: 1e-9, "matrix \(index): \(matrices[index])")
        }
    }

    private static func pythonHasKrippendorff() -> Bool {
        (try? run(["-c", "import krippendorff"], input: Data()))?.status == 0
    }

    /// Python's nominal alpha for each matrix (coders × units, nil missing).
    private static func pythonAlphas(_ matrices: [[[Int?]]]) throws -> [Double] {
        let script = """
            import json, sys, krippendorff
            import numpy as np
            for matrix in json.load(sys.stdin):
                data = np.array([[np.nan if v is None else v for v in row] for row in matrix], dtype=float)
                print(repr(float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))))
            """
        let input = try JSONSerialization.data(
            withJSONObject: matrices.map { $0.map { $0.map { code -> Any in code.map { $0 as Any } ?? NSNull() } } })
        let result = try run(["-c", script], input: input)
        XCTAssertEqual(result.status, 0, result.output)
        return result.output.split(separator: "\n").compactMap { Double($0) }
    }

    private static func run(_ arguments: [String], input: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
