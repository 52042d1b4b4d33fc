import Foundation

/// GNU sed's everyday subset: `s///` (with `g`, `I`, `p`, a number, `&`, `\1`-`\9`, `\n`),
/// `d`, `p`, `q`, `=`, `a`, `i`, `c`; addresses by line number, `$`, `/regex/` and ranges,
/// with `!`; several `-e`; `-n`, `-E`/`-r`, `-i`.
enum Sed {
  enum Address: Equatable {
    case line(Int)
    case last
    case pattern(String)
    /// `addr1,+N` (GNU): the N lines after the one that started the range.
    case following(Int)
  }

  struct Command {
    var from: Address?
    var to: Address?
    var negated = false
    var name: Character
    var regex: NSRegularExpression?
    var replacement = ""
    var global = false
    var occurrence = 1
    var printAfterSubstitution = false
    var text = ""
  }

  struct Failure: Error {
    var message: String
  }

  static func run(_ context: inout ToolContext) -> Int32 {
    var scripts: [String] = []
    var operands: [String] = []
    var quiet = false
    var extended = false
    var inPlace = false
    var arguments = context.arguments[...]
    while let argument = arguments.popFirst() {
      if argument == "--" {
        operands += arguments
        break
      }
      switch argument {
      case "-e", "--expression":
        guard let script = arguments.popFirst() else {
          context.output.errorLine("sed: option requires an argument -- 'e'")
          return 1
        }
        scripts.append(script)
      case "-n", "--quiet", "--silent": quiet = true
      case "-E", "-r", "--regexp-extended": extended = true
      case "-i", "--in-place": inPlace = true
      default:
        if argument.hasPrefix("--expression=") {
          scripts.append(String(argument.dropFirst("--expression=".count)))
        } else if argument.hasPrefix("-"), argument.count > 1, !argument.hasPrefix("--") {
          for flag in argument.dropFirst() {
            switch flag {
            case "n": quiet = true
            case "E", "r": extended = true
            case "i": inPlace = true
            default:
              context.output.errorLine("sed: invalid option -- '\(flag)'")
              context.output.errorLine("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
              return 1
            }
          }
        } else if argument.hasPrefix("--") {
          context.output.errorLine("sed: unrecognized option '\(argument)'")
          context.output.errorLine("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
          return 1
        } else {
          operands.append(argument)
        }
      }
    }
    if scripts.isEmpty {
      guard !operands.isEmpty else {
        context.output.errorLine("Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...")
        return 1
      }
      scripts.append(operands.removeFirst())
    }
    let commands: [Command]
    do {
      commands = try parse(scripts.joined(separator: "\n"), extended: extended)
    } catch {
      context.output.errorLine("sed: -e expression #1, \(error.message)")
      return 1
    }
    if inPlace {
      guard !operands.isEmpty else {
        context.output.errorLine("sed: no input files")
        return 1
      }
      for file in operands {
        guard let text = context.readFile(file), let path = context.shell.resolvePath(file) else { return 2 }
        do { try context.shell.files.write(path, execute(commands, on: text, quiet: quiet), append: false) } catch {
          context.output.errorLine("sed: couldn't open temporary file \(file): \(error.text)")
          return 4
        }
      }
      return 0
    }
    guard let inputs = context.inputs(operands) else { return 2 }
    context.output.out(execute(commands, on: inputs.map(\.text).joined(), quiet: quiet))
    return 0
  }

  // MARK: Parsing

  static func parse(_ script: String, extended: Bool) throws(Failure) -> [Command] {
    let characters = Array(script)
    var index = 0
    var commands: [Command] = []

    func fail(_ text: String) -> Failure { Failure(message: "char \(min(index + 1, characters.count)): \(text)") }
    func skipBlanks() {
      while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
    }
    /// Text up to an unescaped `delimiter`; `\delimiter` becomes the delimiter itself.
    func delimited(_ delimiter: Character) -> String? {
      var text = ""
      while index < characters.count {
        let character = characters[index]
        if character == "\\", index + 1 < characters.count {
          let next = characters[index + 1]
          text += next == delimiter ? String(next) : "\\" + String(next)
          index += 2
          continue
        }
        if character == delimiter {
          index += 1
          return text
        }
        text.append(character)
        index += 1
      }
      return nil
    }
    func address() throws(Failure) -> Address? {
      guard index < characters.count else { return nil }
      let character = characters[index]
      if character.isNumber {
        var digits = ""
        while index < characters.count, characters[index].isNumber { digits.append(characters[index]); index += 1 }
        return .line(Int(digits) ?? 0)
      }
      if character == "$" {
        index += 1
        return .last
      }
      if character == "/" {
        index += 1
        guard let pattern = delimited("/") else { throw fail("unterminated address regex") }
        return .pattern(pattern)
      }
      return nil
    }
    func compile(_ pattern: String, ignoreCase: Bool) throws(Failure) -> NSRegularExpression {
      guard let regex = PatternTools.regex(pattern, extended: extended, fixed: false, ignoreCase: ignoreCase, word: false)
      else { throw fail("Invalid preceding regular expression") }
      return regex
    }

    while index < characters.count {
      while index < characters.count, [" ", "\t", "\n", ";"].contains(characters[index]) { index += 1 }
      guard index < characters.count else { break }
      var command = Command(name: " ")
      command.from = try address()
      if command.from != nil, index < characters.count, characters[index] == "," {
        index += 1
        if index < characters.count, characters[index] == "+" {
          index += 1
          var digits = ""
          while index < characters.count, characters[index].isNumber { digits.append(characters[index]); index += 1 }
          guard let count = Int(digits) else { throw fail("expected newer version of sed") }
          command.to = .following(count)
        } else {
          guard let second = try address() else { throw fail("unexpected `,'") }
          command.to = second
        }
      }
      skipBlanks()
      if index < characters.count, characters[index] == "!" {
        command.negated = true
        index += 1
        skipBlanks()
      }
      guard index < characters.count else { throw fail("missing command") }
      command.name = characters[index]
      index += 1
      switch command.name {
      case "s":
        guard index < characters.count, characters[index] != "\n", characters[index] != "\\" else {
          throw fail("unterminated `s' command")
        }
        let delimiter = characters[index]
        index += 1
        guard let pattern = delimited(delimiter), let replacement = delimited(delimiter) else {
          throw fail("unterminated `s' command")
        }
        var ignoreCase = false
        while index < characters.count, ![";", "\n", "}", " "].contains(characters[index]) {
          let flag = characters[index]
          switch flag {
          case "g": command.global = true
          case "I", "i": ignoreCase = true
          case "p": command.printAfterSubstitution = true
          default:
            if let digit = flag.wholeNumberValue, digit > 0 {
              command.occurrence = digit
            } else {
              throw fail("unknown option to `s'")
            }
          }
          index += 1
        }
        command.regex = try compile(pattern, ignoreCase: ignoreCase)
        command.replacement = replacement
      case "d", "p", "q", "=":
        break
      case "a", "i", "c":
        // GNU one-liner `a text` or the classic `a\` + newline + text.
        skipBlanks()
        if index < characters.count, characters[index] == "\\" {
          index += 1
          if index < characters.count, characters[index] == "\n" { index += 1 }
        }
        var text = ""
        while index < characters.count, characters[index] != "\n" {
          if characters[index] == "\\", index + 1 < characters.count {
            let next = characters[index + 1]
            text.append(next == "n" ? "\n" : next == "t" ? "\t" : next)
            index += 2
            continue
          }
          text.append(characters[index])
          index += 1
        }
        command.text = text
      default:
        index -= 1
        throw fail("unknown command: `\(command.name)'")
      }
      if case .pattern(let pattern)? = command.from { _ = try compile(pattern, ignoreCase: false) }
      if case .pattern(let pattern)? = command.to { _ = try compile(pattern, ignoreCase: false) }
      commands.append(command)
    }
    return commands
  }

  // MARK: Running

  static func execute(_ commands: [Command], on text: String, quiet: Bool) -> String {
    let input = lines(of: text)
    var output = ""
    var inRange = Array(repeating: false, count: commands.count)
    var rangeEnds = Array(repeating: 0, count: commands.count)
    var patterns: [String: NSRegularExpression] = [:]
    func regex(_ pattern: String) -> NSRegularExpression? {
      if let cached = patterns[pattern] { return cached }
      let compiled = PatternTools.regex(pattern, extended: false, fixed: false, ignoreCase: false, word: false)
      patterns[pattern] = compiled
      return compiled
    }
    func matches(_ address: Address, _ line: String, _ number: Int, _ isLast: Bool) -> Bool {
      switch address {
      case .line(let wanted): return number == wanted
      case .last: return isLast
      case .pattern(let pattern): return regex(pattern).map { PatternTools.matches($0, line) } ?? false
      case .following: return false
      }
    }
    lineLoop: for (offset, original) in input.enumerated() {
      let number = offset + 1
      let isLast = offset == input.count - 1
      var line = original
      var appended: [String] = []
      var deleted = false
      for (position, command) in commands.enumerated() {
        var selected: Bool
        if let from = command.from {
          if let to = command.to {
            if inRange[position] {
              selected = true
              let ends: Bool
              switch to {
              case .line(let last): ends = number >= last
              case .following: ends = number >= rangeEnds[position]
              default: ends = matches(to, line, number, isLast)
              }
              if ends { inRange[position] = false }
            } else if matches(from, line, number, isLast) {
              selected = true
              if case .line(let last) = to, last <= number {
                inRange[position] = false
              } else if case .following(let count) = to {
                rangeEnds[position] = number + count
                inRange[position] = count > 0
              } else {
                inRange[position] = true
              }
            } else {
              selected = false
            }
          } else {
            selected = matches(from, line, number, isLast)
          }
        } else {
          selected = true
        }
        if command.negated { selected.toggle() }
        guard selected else { continue }
        switch command.name {
        case "s":
          guard let regex = command.regex else { continue }
          let (result, changed) = substitute(line, regex: regex, replacement: command.replacement, global: command.global, occurrence: command.occurrence)
          line = result
          if changed && command.printAfterSubstitution { output += line + "\n" }
        case "d":
          deleted = true
        case "p":
          output += line + "\n"
        case "=":
          output += "\(number)\n"
        case "i":
          output += command.text + "\n"
        case "a":
          appended.append(command.text)
        case "c":
          if command.to == nil || !inRange[position] { output += command.text + "\n" }
          deleted = true
        case "q":
          if !quiet { output += line + "\n" }
          for text in appended { output += text + "\n" }
          break lineLoop
        default: break
        }
        if deleted { break }
      }
      if !deleted && !quiet { output += line + "\n" }
      for text in appended { output += text + "\n" }
    }
    return output
  }

  /// Replaces the chosen match (or all of them) in `line`; `&` is the match, `\1`-`\9` its
  /// groups, `\n` a newline.
  static func substitute(
    _ line: String, regex: NSRegularExpression, replacement: String, global: Bool, occurrence: Int
  ) -> (String, Bool) {
    let source = line as NSString
    let found = regex.matches(in: line, range: NSRange(location: 0, length: source.length))
    guard !found.isEmpty else { return (line, false) }
    var result = ""
    var cursor = 0
    var changed = false
    for (index, match) in found.enumerated() {
      guard global ? index + 1 >= occurrence : index + 1 == occurrence else { continue }
      result += source.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
      result += expand(replacement, match: match, in: source)
      cursor = match.range.location + match.range.length
      changed = true
    }
    result += source.substring(from: cursor)
    return (result, changed)
  }

  static func expand(_ replacement: String, match: NSTextCheckingResult, in source: NSString) -> String {
    var result = ""
    var characters = replacement.makeIterator()
    while let character = characters.next() {
      if character == "&" {
        result += source.substring(with: match.range)
      } else if character == "\\", let next = characters.next() {
        if let digit = next.wholeNumberValue, digit >= 1, digit <= 9 {
          if digit < match.numberOfRanges, match.range(at: digit).location != NSNotFound {
            result += source.substring(with: match.range(at: digit))
          }
        } else if next == "n" {
          result += "\n"
        } else if next == "t" {
          result += "\t"
        } else {
          result.append(next)
        }
      } else {
        result.append(character)
      }
    }
    return result
  }
}
