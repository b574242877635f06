import Mustache

/// Turns swift-mustache's parser errors into `file:LINE:COLUMN: plain words`, instead of the library's debug text.
enum TemplateSyntaxError {
    /// The `ProjectError` for `error`, thrown while parsing the template in `file`.
    static func describe(_ error: Error, file: String) -> ProjectError {
        guard let parserError = error as? MustacheTemplate.ParserError else {
            return ProjectError(file: file, problem: "the template is not valid Mustache")
        }
        let context = parserError.context
        return ProjectError(
            file: file, line: context.lineNumber, column: context.columnNumber,
            problem: "the template is not valid Mustache: " + words(for: parserError.error))
    }

    /// What went wrong, in a few words; the library's only other error is reading past the end.
    private static func words(for error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "this tag is not finished (its name is malformed or its closing delimiter is missing)"
        case .expectedSectionEnd: "a section opened in the template is never closed"
        case .invalidSetDelimiter: "this set-delimiter tag is malformed (write it as {{=<% %>=}})"
        case .transformAppliedToInheritanceSection: "a transform cannot be applied to a block"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "only blocks may appear inside a parent template tag"
        case .invalidConfigVariableSyntax: "this configuration tag is malformed (write it as {{% CONTENT_TYPE: HTML}})"
        case .unrecognisedConfigVariable: "this configuration tag names an unknown setting or content type"
        case nil: "the template ends inside a tag"
        }
    }
}
