import Foundation

@testable import GleanCore

extension EndToEndTestCase {
    /// A copy of the sample programme with one more log, by `participant` (added if new) on 12 May 2020 (fortnight
    /// 3), whose only section holds `text`; returns the project's folder.
    func makeSample(withLog text: String, by participant: String? = nil) throws -> URL {
        var project = try readProject(try makeSample())
        let code = participant ?? project.participants[0].code
        project.addParticipants([Participant(code: code)])
        _ = project.addLogs([
            Log(
                id: "", participant: code, date: Day(iso: "2020-05-12")!,
                sections: [LogSection(prompt: "Progress", text: text)])
        ])
        let folder = directory.appendingPathComponent("with-extra-log")
        try ProjectStore.create(project, in: folder).close()
        return folder
    }
}
