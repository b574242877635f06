import ArgumentParser
import Foundation

/// `glean completions SHELL`: prints argument-parser's completion script for the shell, generated from the same
/// definitions as `--help` (the same script as `glean --generate-completion-script SHELL`).
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print the shell completion script for bash, zsh or fish.",
        discussion: """
            bash: glean completions bash > ~/.local/share/bash-completion/completions/glean
            zsh:  glean completions zsh > ~/.zfunc/_glean (with fpath+=~/.zfunc before compinit in ~/.zshrc)
            fish: glean completions fish > ~/.config/fish/completions/glean.fish
            """)

    @Argument(help: "The shell: bash, zsh or fish.")
    var shell: CompletionShell

    func run() throws {
        Console.document(Data((Glean.completionScript(for: shell) + "\n").utf8))
    }
}

// Both the type and the protocol are argument-parser's, which does not make the shell an argument itself.
// swift-format-ignore: AvoidRetroactiveConformances
extension CompletionShell: @retroactive ExpressibleByArgument {}
