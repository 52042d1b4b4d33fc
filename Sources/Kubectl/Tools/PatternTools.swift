import Foundation

/// grep, sed and awk: the subsets learners use around kubectl output.
enum PatternTools {
  /// Turns a POSIX basic regular expression into the extended form ICU understands:
  /// in BRE `+ ? | ( ) { }` are literal and their escaped forms are operators.
  static func extended(fromBasic pattern: String) -> String {
    var result = ""
    var characters = Array(pattern)[...]
    while let character = characters.popFirst() {
      if character == "\\", let next = characters.popFirst() {
        if "+?|(){}".contains(next) { result.append(next) } else { result += "\\" + String(next) }
      } else if "+?|(){}".contains(character) {
        result += "\\" + String(character)
      } else {
        result.append(character)
      }
    }
    return result
  }

  static func regex(_ pattern: String, extended: Bool, fixed: Bool, ignoreCase: Bool, word: Bool)
    -> NSRegularExpression?
  {
    var body = fixed ? NSRegularExpression.escapedPattern(for: pattern) : (extended ? pattern : self.extended(fromBasic: pattern))
    if word { body = "\\b(?:" + body + ")\\b" }
    return try? NSRegularExpression(pattern: body, options: ignoreCase ? [.caseInsensitive] : [])
  }

  static func matches(_ regex: NSRegularExpression, _ line: String) -> Bool {
    regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
  }

  static func grep(_ context: inout ToolContext) -> Int32 {
    var options = Options(
      context.arguments, valued: ["e", "A", "B", "C", "m"],
      long: ["ignore-case": "i", "invert-match": "v", "count": "c", "extended-regexp": "E"])
    if let error = options.error {
      context.fail(error)
      context.output.errorLine("Usage: grep [OPTION]... PATTERNS [FILE]...")
      return 2
    }
    // Every -e adds a pattern, and so does every line of one; a line matches if any does.
    var patterns = options.repeated["e"] ?? []
    if patterns.isEmpty {
      guard !options.operands.isEmpty else {
        context.output.errorLine("Usage: grep [OPTION]... PATTERNS [FILE]...")
        context.output.errorLine("Try 'grep --help' for more information.")
        return 2
      }
      patterns = [options.operands.removeFirst()]
    }
    patterns = patterns.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    let flags = options.flags
    let compiled = patterns.map {
      regex(
        $0, extended: flags.contains("E") || context.name == "egrep", fixed: flags.contains("F"),
        ignoreCase: flags.contains("i"), word: flags.contains("w"))
    }
    guard !compiled.contains(where: { $0 == nil }),
      let regex = try? NSRegularExpression(
        pattern: compiled.map { "(?:" + $0!.pattern + ")" }.joined(separator: "|"),
        options: flags.contains("i") ? [.caseInsensitive] : [])
    else {
      context.fail("Unmatched ( or \\(")
      return 2
    }
    guard let inputs = context.inputs(options.operands) else { return 2 }
    let after = Int(options.values["A"] ?? options.values["C"] ?? "0") ?? 0
    let before = Int(options.values["B"] ?? options.values["C"] ?? "0") ?? 0
    let showNames = inputs.count > 1
    var total = 0
    for input in inputs {
      let all = lines(of: input.text)
      var selected: [Int] = []
      for (index, line) in all.enumerated() where matches(regex, line) != flags.contains("v") {
        selected.append(index)
      }
      total += selected.count
      if flags.contains("c") {
        context.output.line((showNames ? input.name + ":" : "") + String(selected.count))
        continue
      }
      if flags.contains("q") { continue }
      var printed = Set<Int>()
      var lastPrinted = -2
      for index in selected {
        let range = max(0, index - before)...min(all.count - 1, index + after)
        for line in range where !printed.contains(line) {
          if (before > 0 || after > 0) && lastPrinted >= 0 && line > lastPrinted + 1 {
            context.output.line("--")
          }
          printed.insert(line)
          lastPrinted = line
          var text = all[line]
          if flags.contains("o") && line == index {
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range) {
              if let found = Range(match.range, in: text) {
                context.output.line((showNames ? input.name + ":" : "") + String(text[found]))
              }
            }
            continue
          }
          if flags.contains("n") { text = "\(line + 1)\(line == index ? ":" : "-")" + text }
          if showNames { text = input.name + (line == index ? ":" : "-") + text }
          context.output.line(text)
        }
      }
    }
    return total > 0 ? 0 : 1
  }

  static func sed(_ context: inout ToolContext) -> Int32 { Sed.run(&context) }

}
