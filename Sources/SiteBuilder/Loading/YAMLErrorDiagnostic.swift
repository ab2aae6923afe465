import Yams

/// Turns a Yams error into a diagnostic on the right line of the content file.
enum YAMLErrorDiagnostic {
    static func make(_ error: any Error, path: String, firstLine: Int) -> Diagnostic {
        if let limit = error as? YAMLText.LimitExceeded {
            return Diagnostic(path: path, line: (limit.line ?? 1) + firstLine - 1, message: "YAML too large: \(limit.message)")
        }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(error)")
        }
        switch yamlError {
        case .reader(let problem, let offset, _, let yaml):
            // The reader counts bytes; the line is the number of line breaks before the offending one, plus one.
            let line = offset.map { offset in yaml.utf8.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } } ?? 1
            return Diagnostic(path: path, line: line + firstLine - 1, message: "invalid YAML: \(problem)")
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(path: path, line: mark.line + firstLine - 1, message: "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(path: path, line: context.mark.line + firstLine - 1, message: "invalid YAML: duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(path: path, line: firstLine, message: "invalid YAML: \(yamlError)")
        }
    }
}
