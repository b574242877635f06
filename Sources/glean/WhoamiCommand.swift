import ArgumentParser
import Foundation
import GleanCore

/// `glean whoami`: shows the facilitator id and name this machine records on new quotes, or sets the name.
struct WhoamiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Show your facilitator id and name (made on first use), or set your name.",
        discussion: """
            Your identity is kept in $XDG_CONFIG_HOME/glean/facilitator.json (by default \
            ~/.config/glean/facilitator.json), never in a project. Every quote you make records your id; until you \
            set a name, your name is $USER.
            """)

    @Option(help: ArgumentHelp("Set your display name: 1 to 80 characters, no control characters.", valueName: "NAME"))
    var name: String?

    @Flag(help: "Print {\"id\": …, \"name\": …} as JSON.")
    var json = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let facilitator: Facilitator
        if let name {
            if case .failure(let problem) = FacilitatorName.checked(name) {
                printError("--name: \(problem)")
                throw ExitCode.failure
            }
            facilitator = try reportingErrors { try FacilitatorIdentity.setName(name, environment: environment) }
        } else {
            facilitator = try currentFacilitator()
        }
        if json { return Console.json(try ListingJSON.text(WhoamiJSON(id: facilitator.id, name: facilitator.name))) }
        if name != nil { Console.say("Your name is now \(facilitator.name)") }
        Console.say("name  \(facilitator.name)\nid    \(facilitator.id)")
        if name == nil, let location = try? IdentityLocation(environment: environment) {
            Console.say("file  \(location.filePath)")
        }
    }
}

/// What `glean whoami --json` prints.
private struct WhoamiJSON: Encodable {
    let id: String
    let name: String
}
