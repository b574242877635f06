import Foundation

/// The one rule for a line of a teammate's edits file, `team/ID.jsonl`, which arrives through git and is trusted no
/// further than any file from elsewhere: it must be a valid edit, by the facilitator whose file it is, numbered by its
/// line, with a clock above zero. A line that is not is left out of the fold and listed for review.
enum TeamLine {
    /// Why a line or name was left out, in words for the team.
    struct Problem: Error, Equatable {
        /// What is wrong.
        var text: String
    }

    /// The edit on line `line` (from 1) of facilitator `id`'s file, or why it is left out.
    static func op(in bytes: Data.SubSequence, of id: String, line: Int) -> Result<TeamOp, Problem> {
        var op: TeamOp
        do {
            op = try JSONFormat.decode(TeamOp.self, from: Data(bytes), file: TeamFiles.opsName(id))
        } catch let error as ProjectError {
            return .failure(Problem(text: "not an edit Glean can read (\(error.problem))"))
        } catch {
            return .failure(Problem(text: "not an edit Glean can read"))
        }
        guard op.facilitator == id else {
            return .failure(Problem(text: "the edit names another facilitator, \(op.facilitator.prefix(64))"))
        }
        guard op.sequence == line else {
            return .failure(Problem(text: "the edit is numbered \(op.sequence), not \(line)"))
        }
        guard op.lamport > 0 else {
            return .failure(Problem(text: "the edit's clock is \(op.lamport); clocks start at 1"))
        }
        op.seen[id] = nil
        return .success(op)
    }

    /// The review of line `line` of facilitator `id`'s file, left out for `problem`.
    static func review(_ id: String, line: Int, _ problem: Problem) -> TeamReview {
        TeamReview(
            "\(TeamFiles.folderName)/\(TeamFiles.opsName(id)) line \(line): \(problem.text); the edit is left out")
    }
}

/// The one rule for a teammate's name file, `team/ID.json`: at most 64 KiB, naming the id it is named by, with a name
/// `FacilitatorName` accepts as it stands.
enum TeamNameFile {
    /// The largest name file read.
    static let sizeLimit = 64 * 1024

    /// The name in `data`, the name file of facilitator `id`, or why it is not used.
    static func name(in data: Data, of id: String) -> Result<String, TeamLine.Problem> {
        guard data.count <= sizeLimit else {
            return .failure(.init(text: "the file is \(data.count) bytes, over the \(sizeLimit) Glean reads"))
        }
        guard let facilitator = try? JSONDecoder().decode(Facilitator.self, from: data) else {
            return .failure(.init(text: "not a name file Glean can read"))
        }
        guard facilitator.id == id else { return .failure(.init(text: "the file names another facilitator")) }
        switch FacilitatorName.checked(facilitator.name) {
        case .success(let name) where name == facilitator.name: return .success(name)
        case .success: return .failure(.init(text: "the name starts or ends with white space"))
        case .failure(let problem): return .failure(.init(text: problem.text))
        }
    }
}
