/// Reads the tags of a Mustache template, with line numbers, into `TemplateNode`s.
///
/// swift-mustache keeps its parsed tokens internal, so Mujaz scans the text itself. It runs after
/// swift-mustache has accepted the template, so unbalanced sections cannot occur here; if they did,
/// the scanner would close what it can rather than fail.
enum TemplateScanner {
    static func scan(_ text: String) -> [TemplateNode] {
        var stack: [(kind: Character, name: String, line: Int, children: [TemplateNode])] = [(" ", "", 0, [])]
        var open = "{{", close = "}}"
        var line = 1
        var index = text.startIndex
        func append(_ node: TemplateNode) { stack[stack.count - 1].children.append(node) }
        while let start = text[index...].range(of: open) {
            line += text[index..<start.lowerBound].count { $0 == "\n" }
            var contentStart = start.upperBound
            var closing = close
            if open == "{{", text[contentStart...].hasPrefix("{") {
                contentStart = text.index(after: contentStart)
                closing = "}" + close
            }
            guard let end = text[contentStart...].range(of: closing) else { break }
            let content = text[contentStart..<end.lowerBound]
            let tagLine = line
            line += content.count { $0 == "\n" }
            index = end.upperBound
            if closing != close {
                append(.variable(name: trimmed(content), escaped: false, line: tagLine))
                continue
            }
            guard let sigil = content.first(where: { !$0.isWhitespace }) else { continue }
            let name = trimmed(content.drop { $0.isWhitespace }.dropFirst())
            switch sigil {
            case "!":
                continue
            case "=":
                let delimiters = content.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 {
                    open = String(delimiters[0])
                    close = String(delimiters[1])
                }
            case "&":
                append(.variable(name: name, escaped: false, line: tagLine))
            case ">":
                append(.partial(name: name, line: tagLine))
            case "#", "^", "<", "$":
                stack.append((sigil, name, tagLine, []))
            case "/":
                guard stack.count > 1 else { continue }
                let finished = stack.removeLast()
                switch finished.kind {
                case "<": append(.parent(name: finished.name, children: finished.children, line: finished.line))
                case "$": append(.block(name: finished.name, children: finished.children, line: finished.line))
                default: append(.section(name: finished.name, inverted: finished.kind == "^", children: finished.children, line: finished.line))
                }
            default:
                append(.variable(name: trimmed(content), escaped: true, line: tagLine))
            }
        }
        while stack.count > 1 {
            let unfinished = stack.removeLast()
            stack[stack.count - 1].children += unfinished.children
        }
        return stack[0].children
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
