import Foundation
import XCTest

@testable import GleanCore

/// `glean logs`, `quotes`, `tag` by sentence or snippet, `feature`, `memo` and `note`: the whole day from a script,
/// through the same journal as the interface.
final class ScriptingCommandTests: EndToEndTestCase {
    /// A fortnight-3 sample log with no quotes, and its three sections.
    private static let log = "EE-09-2020-05-12"

    func testLogsListsIdsProgressAndNumberedSentences() throws {
        let project = try makeSample()
        let lines = try glean("logs", "-p", project.path, "--fortnight", "3", "--participant", "EE-09", "--sentences")
        XCTAssertEqual(lines.status, 0, lines.stderr)
        XCTAssertEqual(
            lines.stdout.split(separator: "\n").prefix(4).joined(separator: "\n"),
            """
            EE-09-2020-05-12  EE-09  2020-05-12  fortnight 3  not started  0 quotes
              section 0: Progress
                1. Video now accounts for about half of our rheumatology follow-ups.
                2. We've written a short how-to guide that orthopaedics and neurology have both asked to borrow.
            """)
        let todo = try glean("logs", "-p", project.path, "--fortnight", "3", "--todo")
        XCTAssertEqual(todo.stdout.split(separator: "\n").count, 15, "15 of fortnight 3's 26 logs are still to code")
        XCTAssertFalse(todo.stdout.contains("  done  "), todo.stdout)

        let json = try glean("logs", "-p", project.path, "--json", "--done")
        let logs = try JSONDecoder().decode([ListedLog].self, from: Data(json.stdout.utf8))
        XCTAssertEqual(logs.count, 27 + 28 + 11)
        XCTAssertTrue(logs.allSatisfy(\.done))
        let first = try XCTUnwrap(logs.first)
        let text = try readProject(project).fortnight(first.fortnight).log(id: first.id)?.sections[0].text ?? ""
        XCTAssertEqual(
            first.sections[0].sentences.map { $0.start..<$0.end }, TextSegments.sentences(in: text),
            "the sentences are the Reader's")

        let unknown = try glean("logs", "-p", project.path, "--participant", "ZZ-99")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertEqual(unknown.stderr, "glean: --participant: there is no participant \"ZZ-99\"\n")
    }

    func testTagBySentenceAndSnippetWithSeveralConcernsThenListTheQuotes() throws {
        let project = try makeSample()
        let tagged = try glean(
            "tag", "-p", project.path, "--log", Self.log, "--section", "Concerns", "--sentence", "2-3",
            "--concern", "Staff wellbeing", "--concern", "patient-feedback")
        XCTAssertEqual(tagged.status, 0, tagged.stderr)
        XCTAssertTrue(
            tagged.stdout.hasPrefix("Saved: Tagged Staff wellbeing, Patient feedback in \(Self.log) (quote "),
            tagged.stdout)
        let snippet = try glean(
            "tag", "-p", project.path, "--log", Self.log, "--snippet", "novelty has worn off", "--concern", "9")
        XCTAssertEqual(snippet.status, 0, snippet.stderr)

        let listed = try glean("quotes", "-p", project.path, "--log", Self.log, "--json")
        let quotes = try JSONDecoder().decode([ListedQuote].self, from: Data(listed.stdout.utf8))
        XCTAssertEqual(quotes.count, 2)
        XCTAssertEqual(
            quotes.first?.text,
            "The trust's target for virtual activity seems to have been set without asking any clinicians what is "
                + "realistic. We're starting to see patients whose arthritis flared for weeks without anyone noticing.")
        XCTAssertEqual(quotes.first?.concerns.map(\.name), ["Patient feedback", "Staff wellbeing"])
        XCTAssertEqual(quotes.first?.section, 1)
        XCTAssertEqual(quotes.last?.text, "novelty has worn off")
        XCTAssertEqual(quotes.last?.section, 2)

        let text = try glean("quotes", "-p", project.path, "--log", Self.log)
        XCTAssertTrue(
            text.stdout.contains("\(Self.log) section 1 76-276  Patient feedback, Staff wellbeing\n    “The trust's"),
            text.stdout)
        let byConcern = try glean(
            "quotes", "-p", project.path, "--concern", "staff wellbeing", "--fortnight", "3", "--json")
        let wellbeing = try JSONDecoder().decode([ListedQuote].self, from: Data(byConcern.stdout.utf8))
        XCTAssertTrue(wellbeing.allSatisfy { $0.concerns.contains { $0.id == "staff-wellbeing" } && $0.fortnight == 3 })
        XCTAssertTrue(wellbeing.contains { $0.id == quotes[0].id })
        try assertCheckPasses(project)
    }

    func testBadInputNamesTheProblemFailsAndWritesNothing() throws {
        let project = try makeSample()
        let quote = try XCTUnwrap(try allQuotes(project).first)
        let before = try FileTree.contents(under: project)
        let cases: [([String], String)] = [
            (
                ["tag", "--log", "nobody", "--sentence", "1", "--concern", "9"],
                "glean: --log: there is no log \"nobody\"; glean logs lists them"
            ),
            (
                ["tag", "--log", Self.log, "--sentence", "1", "--concern", "sleep"],
                "glean: --concern: there is no concern \"sleep\"; the codebook has improvement-tools,"
            ),
            (
                ["tag", "--log", Self.log, "--snippet", "no such words", "--concern", "9"],
                "glean: --snippet: \"no such words\" is not in log \"\(Self.log)\" (it must match exactly)"
            ),
            (
                ["tag", "--log", Self.log, "--snippet", "video", "--concern", "9"],
                "glean: --snippet: \"video\" occurs 2 times in log \"\(Self.log)\": section 1 sentence 1 (offset 36); section 2 sentence 1 (offset 59); give a longer snippet or --section"
            ),
            (
                ["tag", "--log", Self.log, "--section", "1", "--sentence", "4", "--concern", "9"],
                "glean: --sentence: section 1 of log \"\(Self.log)\" has sentences 1 to 3, not sentence 4"
            ),
            (
                ["tag", "--log", Self.log, "--section", "Worries", "--sentence", "1", "--concern", "9"],
                "glean: --section: log \"\(Self.log)\" has sections 0 \"Progress\", 1 \"Concerns\", 2 \"What I'm hearing\""
            ),
            (["feature", "no-quote"], "glean: QUOTE: there is no quote \"no-quote\"; glean quotes lists them"),
            (["memo", "no-quote", "a memo"], "glean: QUOTE: there is no quote \"no-quote\"; glean quotes lists them"),
            (
                ["note", "--fortnight", "4", "Opening"],
                "glean: --fortnight: the programme has fortnights 1 to 3, not 4"
            ),
            (
                ["note", "--fortnight", "3", "--part", "paragraph", "--concern", "sleep", "x"],
                "glean: --concern: there is no concern \"sleep\""
            ),
            (["quotes", "--log", "nobody"], "glean: --log: there is no log \"nobody\""),
            (["quotes", "--concern", "sleep"], "glean: --concern: there is no concern \"sleep\""),
        ]
        for (arguments, message) in cases {
            let result = try GleanBinary.run([arguments[0], "-p", project.path] + arguments.dropFirst())
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stderr.hasPrefix(message), "\(arguments) said: \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        let usage: [[String]] = [
            ["tag", "--log", Self.log, "--sentence", "2-x", "--concern", "9"],
            ["tag", "--log", Self.log, "--sentence", "1", "--snippet", "Video", "--concern", "9"],
            ["memo", quote.id], ["memo", quote.id, "two\nlines"],
            ["note", "--fortnight", "3", "--part", "paragraph", "x"],
        ]
        for arguments in usage {
            let result = try GleanBinary.run([arguments[0], "-p", project.path] + arguments.dropFirst())
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
        }
        XCTAssertEqual(try FileTree.contents(under: project), before, "nothing was written")
    }

    func testFeatureMemoAndNoteAreJournalledEdits() throws {
        let project = try makeSample()
        let quote = try XCTUnwrap(try allQuotes(project).first { !$0.featured && $0.memo.isEmpty })
        XCTAssertEqual(try glean("feature", "-p", project.path, quote.id).stdout, "Saved: Featured quote \(quote.id)\n")
        XCTAssertEqual(
            try glean("feature", "-p", project.path, quote.id).stdout,
            "Quote \(quote.id) is featured already: nothing to save\n")
        XCTAssertEqual(
            try glean("memo", "-p", project.path, quote.id, "ask about rotas").stdout,
            "Saved: Saved the memo on quote \(quote.id)\n")
        let next = directory.appendingPathComponent("next.txt")
        try "Who books the rooms?\n\nWho pays?\n".write(to: next, atomically: true, encoding: .utf8)
        XCTAssertEqual(
            try glean("note", "-p", project.path, "--fortnight", "3", "--part", "next", "--file", next.path).stdout,
            "Saved: Saved the \"What's next?\" questions of fortnight 3's note\n")
        XCTAssertEqual(
            try glean("note", "-p", project.path, "--fortnight", "3", "--part", "paragraph", "--concern", "9", "Rotas.")
                .stdout,
            "Saved: Saved the paragraph on Staff wellbeing of fortnight 3's note\n")
        let journal = try String(contentsOf: project.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        XCTAssertEqual(journal.split(separator: "\n").count, 4, "one journalled edit each")

        let opened = try readProject(project)
        let (_, changed) = try opened.findQuote(quote.id)
        XCTAssertTrue(changed.featured)
        XCTAssertEqual(changed.memo, "ask about rotas")
        XCTAssertEqual(opened.fortnight(3).note.next, ["Who books the rooms?", "Who pays?"])
        XCTAssertEqual(opened.fortnight(3).note.paragraphs["staff-wellbeing"], "Rotas.")
        XCTAssertTrue(
            try glean("note", "-p", project.path, "--fortnight", "3").stdout.contains(
                "next:\n    Who books the rooms?\n    Who pays?\n"))

        XCTAssertEqual(
            try glean("feature", "-p", project.path, quote.id, "--off").stdout,
            "Saved: Stopped featuring quote \(quote.id)\n")
        XCTAssertEqual(
            try glean("memo", "-p", project.path, quote.id, "--clear").stdout,
            "Saved: Cleared the memo on quote \(quote.id)\n")
        let cleared = try readProject(project).findQuote(quote.id).quote
        XCTAssertEqual(cleared, quote, "back as it was")
        try assertCheckPasses(project)
    }

    func testCompletionScriptsNameEverySubcommandAndOption() throws {
        let definitions = try CommandDefinitions(glean)
        XCTAssertTrue(definitions.subcommands.map(\.name).contains("logs"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try glean("completions", shell)
            XCTAssertEqual(script.status, 0, script.stderr)
            XCTAssertEqual(
                script.stdout, try glean("--generate-completion-script", shell).stdout, "\(shell): the same script")
            for (name, options) in definitions.subcommands {
                XCTAssertTrue(script.stdout.contains(name), "\(shell) completes \(name)")
                for option in options {
                    XCTAssertTrue(script.stdout.contains(option), "\(shell) completes \(name) --\(option)")
                }
            }
        }
    }

    /// The main path: list a log's sentences, tag two of them with two concerns and feature the quote from a script,
    /// then open the interface (tmux, 80×24) and find the featured quote in the Reader.
    func testWhatAScriptTagsAndFeaturesTheReaderShows() throws {
        let project = try makeSample()
        let sentences = try glean(
            "logs", "-p", project.path, "--participant", "EE-09", "--fortnight", "3", "--sentences")
        XCTAssertTrue(sentences.stdout.contains("  section 1: Concerns\n"), sentences.stdout)
        let tagged = try glean(
            "tag", "-p", project.path, "--log", Self.log, "--section", "1", "--sentence", "2-3", "--concern", "9",
            "--concern", "2")
        let quote = try XCTUnwrap(tagged.stdout.split(separator: " ").last?.dropLast(2), tagged.stdout)
        XCTAssertEqual(try glean("feature", "-p", project.path, String(quote)).status, 0)

        let session = try open(project, width: 80, height: 24)
        try session.sendKeys("/")
        try session.type("EE-09")
        try session.sendKeys("Enter")
        try session.sendKeys("Enter")
        try session.waitFor(text: "Quotes in this log (1)")
        try session.waitFor(text: "★Patient feedback, Staff wellbeing “The trust's target for virtual activity")
        try quitFromReader(session)
    }
}
