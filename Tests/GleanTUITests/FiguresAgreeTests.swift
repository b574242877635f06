import Foundation
import GleanResources
import GleanTUI
import XCTest

@testable import GleanCore

/// Every place a "raised by" figure appears (the Counts screen, `counts --json`, the Markdown and HTML summaries, the
/// JSON export, and the participants behind the CSV export's rows) agrees to the digit with the one formatter, for
/// every fortnight of the sample and of a generated programme.
final class FiguresAgreeTests: XCTestCase {
    /// One concern's figure as a place shows it.
    private struct Figure: Equatable, CustomStringConvertible {
        var participants: Int
        var writers: Int?
        var percent: Int?
        var description: String {
            "\(participants) of \(writers.map(String.init) ?? "?") (\(percent.map { "\($0)%" } ?? "?"))"
        }
    }

    func testTheSampleAgreesEverywhere() throws {
        try assertFiguresAgree(Harness.sample)
    }

    func testAGeneratedProgrammeAgreesEverywhere() throws {
        var project = ProgrammeGenerator(
            size: .init(participants: 30, fortnights: 5), seed: 11, codebook: Harness.sample.codebook
        ).make()
        for number in 1...4 {
            let edit = try XCTUnwrap(try LogCompletion.edit(project, fortnight: number, done: true))
            project.apply(edit)
        }
        let half = project.fortnight(5).logs.prefix(10).map(\.id)
        project.apply(try XCTUnwrap(try LogCompletion.edit(project, fortnight: 5, logs: Array(half), done: true)))
        XCTAssertTrue(project.fortnight(5).isProvisional)
        try assertFiguresAgree(project)
    }

    private func assertFiguresAgree(_ project: Project) throws {
        let table = CountsTable(project: project)
        let counts = try json(Data(try CountsReport(project: project, window: 3, attribute: nil).json().utf8))
        let countsFortnights = try XCTUnwrap(counts["fortnights"] as? [[String: Any]])
        let csvRows = try csv(SummaryExport.render(project, .init(format: .csv, scope: .all)))
        var checked = 0
        for row in table.fortnights {
            let number = row.number
            let truth = Dictionary(
                uniqueKeysWithValues: project.codebook.concerns.map { concern in
                    let figure = table.figure(of: concern.id, fortnight: number)
                    return (
                        concern.name,
                        Figure(
                            participants: figure.share.count, writers: figure.share.total, percent: figure.share.percent
                        )
                    )
                })
            let places: [(String, [String: Figure])] = [
                ("Counts screen", try screenFigures(project, fortnight: number, writers: row.participants)),
                ("counts --json", try countsJSONFigures(countsFortnights[number - 1], project)),
                ("Markdown", try summaryFigures(project, number, .markdown)),
                ("HTML", try summaryFigures(project, number, .html)),
                ("JSON export", try exportJSONFigures(project, number)),
                ("CSV export", csvFigures(csvRows, fortnight: number, project)),
            ]
            XCTAssertEqual(countsFortnights[number - 1]["provisional"] as? Bool, row.isProvisional)
            XCTAssertEqual(countsFortnights[number - 1]["logsDone"] as? Int, row.logsDone)
            for (place, figures) in places {
                for (name, figure) in figures {
                    let expected = try XCTUnwrap(truth[name], "\(place) names an unknown concern \(name)")
                    XCTAssertEqual(figure.participants, expected.participants, "\(place), F\(number), \(name)")
                    if let writers = figure.writers {
                        XCTAssertEqual(writers, expected.writers, "\(place), F\(number), \(name)")
                    }
                    if let percent = figure.percent {
                        XCTAssertEqual(percent, expected.percent, "\(place), F\(number), \(name)")
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, table.fortnights.count * project.codebook.concerns.count * 5)
    }

    /// The Counts screen, its cursor on fortnight `number` so its column shows: "N P%" per concern.
    private func screenFigures(_ project: Project, fortnight number: Int, writers: Int) throws -> [String: Figure] {
        var harness = Harness(project: project, width: 100, height: 40)
        harness.press(.tab)
        harness.state.counts.fortnight = number
        let buffer = harness.screen
        let header = try XCTUnwrap(buffer.lines.firstIndex { $0.contains("Concern ") })
        let line = Array(buffer.lines[header])
        let label = Array("F\(number) ")
        let x = try XCTUnwrap((0...(line.count - label.count)).first { Array(line[$0..<($0 + label.count)]) == label })
        var figures: [String: Figure] = [:]
        for (index, concern) in project.codebook.concerns.enumerated() {
            let y = try XCTUnwrap(
                buffer.lines.firstIndex { $0.contains(" \(concern.key ?? index + 1) \(concern.name.prefix(12))") })
            let cell = String(Array(buffer.lines[y])[x..<min(x + 10, buffer.lines[y].count)])
            let match = try XCTUnwrap(cell.firstMatch(of: /(\d+) (\d+)%/), "cell \(cell)")
            figures[concern.name] = Figure(participants: Int(match.1)!, writers: writers, percent: Int(match.2)!)
        }
        return figures
    }

    private func countsJSONFigures(_ fortnight: [String: Any], _ project: Project) throws -> [String: Figure] {
        let writers = try XCTUnwrap(fortnight["participants"] as? Int)
        var figures: [String: Figure] = [:]
        for concern in try XCTUnwrap(fortnight["concerns"] as? [[String: Any]]) {
            let name = try XCTUnwrap(concern["name"] as? String)
            let figure = Figure(
                participants: try XCTUnwrap(concern["participants"] as? Int), writers: writers,
                percent: concern["share"] as? Int)
            XCTAssertEqual(
                try words(try XCTUnwrap(concern["raisedBy"] as? String)), figure, "raisedBy agrees with the numbers")
            figures[name] = figure
        }
        return figures
    }

    /// The key themes' "raised by N of M participants who wrote (P%)" and the all-concerns table's participants.
    private func summaryFigures(_ project: Project, _ number: Int, _ format: ExportFormat) throws -> [String: Figure] {
        let text = String(
            decoding: try SummaryExport.render(project, .init(format: format, scope: .fortnight(number))), as: UTF8.self
        )
        var figures: [String: Figure] = [:]
        for concern in project.codebook.concerns {
            let name = format == .html ? concern.name.replacingOccurrences(of: "'", with: "&#39;") : concern.name
            let tableRow = format == .html ? "<tr><th scope=\"row\">\(name)</th><td>" : "| \(name) | "
            let line = try XCTUnwrap(
                text.split(separator: "\n").first { $0.hasPrefix(tableRow) }, "\(format) F\(number) \(name)")
            let cells = line.matches(of: format == .html ? /<td class="number">([^<]*)<\/td>/ : /\| ([^|]*) (?=\|)/).map
            { String($0.1) }
            let participants = try XCTUnwrap(Int(format == .html ? cells[0] : cells[cells.count - 3]), "\(line)")
            figures[concern.name] = Figure(participants: participants, writers: nil, percent: nil)
            let bold = format == .html ? "<strong>\(name)</strong>" : "**\(name)**"
            if let theme = text.split(separator: "\n").first(where: { $0.contains(bold) && $0.contains("raised by") }) {
                let figure = try words(String(theme))
                XCTAssertEqual(
                    figure.participants, participants, "\(format) F\(number): key theme and table agree for \(name)")
                figures[concern.name] = figure
            }
        }
        XCTAssertEqual(
            text.contains("Provisional: "), project.fortnight(number).isProvisional,
            "\(format) F\(number) says provisional")
        return figures
    }

    private func exportJSONFigures(_ project: Project, _ number: Int) throws -> [String: Figure] {
        let document = try json(SummaryExport.render(project, .init(format: .json, scope: .fortnight(number))))
        let writers = try XCTUnwrap(document["participants"] as? Int)
        XCTAssertEqual(document["provisional"] as? Bool, project.fortnight(number).isProvisional)
        var figures: [String: Figure] = [:]
        for concern in try XCTUnwrap(document["concerns"] as? [[String: Any]]) {
            let figure = Figure(
                participants: try XCTUnwrap(concern["participants"] as? Int), writers: writers,
                percent: concern["share"] as? Int)
            XCTAssertEqual(try words(try XCTUnwrap(concern["raisedBy"] as? String)), figure)
            figures[try XCTUnwrap(concern["name"] as? String)] = figure
        }
        return figures
    }

    /// Distinct participants per concern among the CSV's rows of fortnight `number`.
    private func csvFigures(_ rows: [[String: String]], fortnight number: Int, _ project: Project) -> [String: Figure] {
        var raising: [String: Set<String>] = [:]
        for row in rows where row["fortnight"] == String(number) {
            for name in (row["concerns"] ?? "").components(separatedBy: "; ") where !name.isEmpty {
                raising[name, default: []].insert(row["participant"] ?? "")
            }
        }
        return Dictionary(
            uniqueKeysWithValues: project.codebook.concerns.map {
                ($0.name, Figure(participants: raising[$0.name]?.count ?? 0, writers: nil, percent: nil))
            })
    }

    /// The numbers in "raised by N of M participants who wrote (P%)…".
    private func words(_ text: String) throws -> Figure {
        let match = try XCTUnwrap(
            text.firstMatch(of: /raised by (\d+) of (\d+) participants? who wrote \((\d+)%\)/), text)
        return Figure(participants: Int(match.1)!, writers: Int(match.2)!, percent: Int(match.3)!)
    }

    private func json(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The CSV's rows by header; none of the sample's or generator's fields holds a comma inside quotes that matters
    /// here except the quote text, which is read as RFC 4180 quoting says.
    private func csv(_ data: Data) throws -> [[String: String]] {
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        var records: [[String]] = [[]]
        var field = ""
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if quoted {
                if character == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" {
                        field.append("\"")
                        index = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                records[records.count - 1].append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                records[records.count - 1].append(field)
                field = ""
                records.append([])
            } else {
                field.append(character)
            }
            index = text.index(after: index)
        }
        let rows = records.filter { $0.count > 1 }
        let header = try XCTUnwrap(rows.first)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
