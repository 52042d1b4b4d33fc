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
    var pattern = options.values["e"]
    if pattern == nil {
      guard !options.operands.isEmpty else {
        context.output.errorLine("Usage: grep [OPTION]... PATTERNS [FILE]...")
        context.output.errorLine("Try 'grep --help' for more information.")
        return 2
      }
      pattern = options.operands.removeFirst()
    }
    let flags = options.flags
    guard
      let regex = regex(
        pattern!, extended: flags.contains("E") || context.name == "egrep", fixed: flags.contains("F"),
        ignoreCase: flags.contains("i"), word: flags.contains("w"))
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

  static func sed(_ context: inout ToolContext) -> Int32 {
    var options = Options(context.arguments, valued: ["e"], long: ["in-place": "i"])
    if let error = options.error { context.fail(error); return 1 }
    var script = options.values["e"]
    if script == nil {
      guard !options.operands.isEmpty else {
        context.output.errorLine("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
        return 1
      }
      script = options.operands.removeFirst()
    }
    let quiet = options.flags.contains("n")
    let commands = script!.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    var parsed: [(NSRegularExpression?, String, Bool, Character)] = []
    for command in commands where !command.isEmpty {
      if command.hasPrefix("s"), command.count > 1 {
        let delimiter = command[command.index(after: command.startIndex)]
        let parts = command.dropFirst(2).split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2,
          let regex = regex(parts[0], extended: options.flags.contains("E") || options.flags.contains("r"), fixed: false, ignoreCase: parts.count > 2 && parts[2].contains("I"), word: false)
        else {
          context.fail("-e expression #1, char \(command.count): unterminated `s' command")
          return 1
        }
        let replacement = parts[1].replacingOccurrences(of: "\\\\(\\d)", with: "\\$$1", options: .regularExpression)
          .replacingOccurrences(of: "&", with: "$0")
        parsed.append((regex, replacement, parts.count > 2 && parts[2].contains("g"), "s"))
      } else if command.hasPrefix("/"), let end = command.dropFirst().firstIndex(of: "/"),
        let action = command[command.index(after: end)...].first
      {
        let body = String(command[command.index(after: command.startIndex)..<end])
        parsed.append((regex(body, extended: false, fixed: false, ignoreCase: false, word: false), "", false, action))
      } else if command == "p" || command == "d" {
        parsed.append((nil, "", false, command.first!))
      } else {
        context.fail("-e expression #1, char 1: unknown command: `\(command.first ?? " ")'")
        return 1
      }
    }
    func transform(_ text: String) -> String {
      var result: [String] = []
      for line in lines(of: text) {
        var current = line
        var deleted = false
        var printExtra = false
        for (regex, replacement, global, action) in parsed {
          switch action {
          case "s":
            guard let regex else { continue }
            let range = NSRange(current.startIndex..., in: current)
            if global {
              current = regex.stringByReplacingMatches(in: current, range: range, withTemplate: replacement)
            } else if let match = regex.firstMatch(in: current, range: range),
              let found = Range(match.range, in: current)
            {
              let piece = regex.replacementString(for: match, in: current, offset: 0, template: replacement)
              current.replaceSubrange(found, with: piece)
            }
          case "d":
            if regex.map({ matches($0, current) }) ?? true { deleted = true }
          case "p":
            if regex.map({ matches($0, current) }) ?? true { printExtra = true }
          default: break
          }
          if deleted { break }
        }
        if deleted { continue }
        if printExtra { result.append(current) }
        if !quiet { result.append(current) }
      }
      return joinedLines(result)
    }
    if options.flags.contains("i") {
      for file in options.operands {
        guard let text = context.readFile(file), let path = context.shell.resolvePath(file) else {
          return 1
        }
        try? context.shell.files.write(path, transform(text), append: false)
      }
      return 0
    }
    guard let inputs = context.inputs(options.operands) else { return 2 }
    context.output.out(transform(inputs.map(\.text).joined()))
    return 0
  }
}
