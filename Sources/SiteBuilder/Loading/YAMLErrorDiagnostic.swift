import Yams

/// Turns a Yams error into a diagnostic on the right line of the content file.
enum YAMLErrorDiagnostic {
    static func make(_ error: any Error, path: String, firstLine: Int) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(error)")
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(path: path, line: mark.line + firstLine - 1, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(path: path, line: context.mark.line + firstLine - 1, message: "invalid YAML: duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(yamlError)")
        }
    }
}
