import Foundation

/// A small awk: `[pattern] { print ... }` rules, `BEGIN`/`END`, `-F`, fields, `NR`, `NF`.
///
/// It covers what learners pipe kubectl output through (`awk '{print $1}'`,
/// `awk 'NR>1 {print $6}'`, `awk -F: '{print $2}'`), not the whole language.
enum Awk {
  struct Rule {
    enum Pattern {
      case always, begin, end
      case regex(NSRegularExpression)
      case comparison(String, String, String)
    }
    var pattern: Pattern
    var items: [String]?
  }

  static func run(_ context: inout ToolContext) -> Int32 {
    var arguments = context.arguments
    var separator: String?
    if let first = arguments.first, first.hasPrefix("-F") {
      arguments.removeFirst()
      separator = first.count > 2 ? String(first.dropFirst(2)) : (arguments.isEmpty ? nil : arguments.removeFirst())
    }
    guard let program = arguments.first else {
      context.output.errorLine("usage: awk [-F fs][-v var=value][prog | -f progfile][file ...]")
      return 2
    }
    guard let rules = parse(program) else {
      context.output.errorLine("awk: cmd. line:1: \(program)")
      context.output.errorLine("awk: cmd. line:1: ^ syntax error")
      return 2
    }
    guard let inputs = context.inputs(Array(arguments.dropFirst())) else { return 2 }
    var number = 0
    var output: [String] = []
    func fields(_ line: String) -> [String] {
      if let separator, !separator.isEmpty, separator != " " {
        return line.components(separatedBy: separator)
      }
      return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
    func value(_ token: String, _ line: String, _ parts: [String]) -> String {
      var token = token.trimmingCharacters(in: .whitespaces)
      if token.hasPrefix("\""), token.hasSuffix("\""), token.count >= 2 {
        return TextTools.unescape(String(token.dropFirst().dropLast()))
      }
      if token == "NR" { return String(number) }
      if token == "NF" { return String(parts.count) }
      if token == "$NF" { return parts.last ?? "" }
      if token.hasPrefix("$") {
        token.removeFirst()
        if token.hasPrefix("(NF-"), let minus = Int(token.dropFirst(4).dropLast()) {
          let index = parts.count - minus
          return index >= 1 && index <= parts.count ? parts[index - 1] : ""
        }
        guard let index = Int(token) else { return "" }
        if index == 0 { return line }
        return index <= parts.count ? parts[index - 1] : ""
      }
      return token
    }
    func render(_ items: [String]?, _ line: String, _ parts: [String]) -> String {
      guard let items, !items.isEmpty else { return line }
      return items.map { item in
        item.split(separator: " ", omittingEmptySubsequences: true).map { value(String($0), line, parts) }.joined()
      }.joined(separator: " ")
    }
    func holds(_ pattern: Rule.Pattern, _ line: String, _ parts: [String]) -> Bool {
      switch pattern {
      case .always: return true
      case .begin, .end: return false
      case .regex(let regex): return PatternTools.matches(regex, line)
      case .comparison(let left, let op, let right):
        let a = value(left, line, parts)
        let b = value(right, line, parts)
        if let x = Double(a), let y = Double(b) {
          switch op {
          case "==": return x == y
          case "!=": return x != y
          case ">": return x > y
          case ">=": return x >= y
          case "<": return x < y
          default: return x <= y
          }
        }
        switch op {
        case "==": return a == b
        case "!=": return a != b
        case ">": return a > b
        case ">=": return a >= b
        case "<": return a < b
        default: return a <= b
        }
      }
    }
    for rule in rules { if case .begin = rule.pattern { output.append(render(rule.items, "", [])) } }
    for line in inputs.flatMap({ lines(of: $0.text) }) {
      number += 1
      let parts = fields(line)
      for rule in rules where holds(rule.pattern, line, parts) {
        output.append(render(rule.items, line, parts))
      }
    }
    for rule in rules { if case .end = rule.pattern { output.append(render(rule.items, "", [])) } }
    context.output.out(joinedLines(output))
    return 0
  }

  /// Parses rules such as `NR>1 {print $1, $2}`.
  static func parse(_ program: String) -> [Rule]? {
    var rules: [Rule] = []
    var rest = program.trimmingCharacters(in: .whitespacesAndNewlines)[...]
    while !rest.isEmpty {
      var patternText = ""
      if let brace = rest.firstIndex(of: "{") {
        patternText = rest[..<brace].trimmingCharacters(in: .whitespaces)
        guard let close = rest[brace...].firstIndex(of: "}") else { return nil }
        let body = rest[rest.index(after: brace)..<close].trimmingCharacters(in: .whitespaces)
        rest = rest[rest.index(after: close)...].drop { $0 == " " || $0 == ";" || $0 == "\n" }
        guard let pattern = parsePattern(patternText) else { return nil }
        var items: [String]?
        if body.hasPrefix("print") {
          let arguments = body.dropFirst(5).trimmingCharacters(in: .whitespaces)
          items = arguments.isEmpty ? nil : arguments.split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }
        } else if !body.isEmpty {
          return nil
        }
        rules.append(Rule(pattern: pattern, items: items))
      } else {
        guard let pattern = parsePattern(String(rest)) else { return nil }
        rules.append(Rule(pattern: pattern, items: nil))
        rest = ""
      }
    }
    return rules
  }

  static func parsePattern(_ text: String) -> Rule.Pattern? {
    let text = text.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return .always }
    if text == "BEGIN" { return .begin }
    if text == "END" { return .end }
    if text.hasPrefix("/"), text.hasSuffix("/"), text.count >= 2 {
      return PatternTools.regex(String(text.dropFirst().dropLast()), extended: true, fixed: false, ignoreCase: false, word: false).map { .regex($0) }
    }
    for op in ["==", "!=", ">=", "<=", ">", "<"] {
      if let range = text.range(of: op) {
        return .comparison(
          String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces), op,
          String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces))
      }
    }
    return nil
  }
}
