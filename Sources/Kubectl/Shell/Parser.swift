/// Builds a ``CommandList`` from a command line.
public enum ShellParser {
  /// Parses `text`; throws a bash-worded ``SyntaxError`` (incomplete when more lines would
  /// finish it: an open quote, a here-document without its end, a trailing `|`).
  public static func parse(_ text: String) throws(SyntaxError) -> CommandList {
    let (tokens, bodies) = try Lexer.tokenize(text)
    var items: [(Pipeline, CommandList.Connector)] = []
    var commands: [SimpleCommand] = []
    var command = SimpleCommand(assignments: [], words: [], redirects: [])
    var index = 0

    func unexpected(_ token: String) -> SyntaxError {
      SyntaxError(message: "bash: syntax error near unexpected token `\(token)'", isIncomplete: false)
    }
    func isEmpty(_ command: SimpleCommand) -> Bool {
      command.words.isEmpty && command.redirects.isEmpty && command.assignments.isEmpty
    }

    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case .word(let word):
        if command.words.isEmpty, let assignment = ShellParser.assignment(word) {
          command.assignments.append(assignment)
        } else {
          command.words.append(word)
        }
      case .redirect(let fd, let op):
        if op == "<<" {
          let body = bodies[index] ?? (body: "", expand: true)
          command.redirects.append(
            Redirect(fd: 0, operation: .hereDocument(body: body.body, expand: body.expand), target: nil))
          break
        }
        if op.hasPrefix(">&") {
          if op == ">&1" && fd == 2 {
            command.redirects.append(Redirect(fd: 2, operation: .duplicateErrorToOutput, target: nil))
          } else if op == ">&2" || op == ">&1" {
            command.redirects.append(Redirect(fd: fd, operation: .duplicateErrorToOutput, target: nil))
          } else {
            throw unexpected(op)
          }
          break
        }
        index += 1
        guard index < tokens.count, case .word(let target) = tokens[index] else {
          if index < tokens.count, case .op(let next) = tokens[index] { throw unexpected(next) }
          throw unexpected("newline")
        }
        let operation: Redirect.Operation
        switch op {
        case ">": operation = .write
        case ">>": operation = .append
        case "<<<": operation = .hereString
        default: operation = .read
        }
        if fd == -1 {
          command.redirects.append(Redirect(fd: 1, operation: operation, target: target))
          command.redirects.append(Redirect(fd: 2, operation: .duplicateErrorToOutput, target: nil))
        } else {
          command.redirects.append(Redirect(fd: fd, operation: operation, target: target))
        }
      case .op("|"):
        guard !isEmpty(command) else { throw unexpected("|") }
        commands.append(command)
        command = SimpleCommand(assignments: [], words: [], redirects: [])
        if index == tokens.count - 1 || tokens[(index + 1)...].allSatisfy({ $0 == .newline }) {
          throw SyntaxError(message: "bash: syntax error: unexpected end of file", isIncomplete: true)
        }
      case .op(let op):
        guard !isEmpty(command) else { throw unexpected(op) }
        commands.append(command)
        command = SimpleCommand(assignments: [], words: [], redirects: [])
        items.append((Pipeline(commands: commands), CommandList.Connector(rawValue: op) ?? .sequence))
        commands = []
        if (op == "&&" || op == "||"),
          index == tokens.count - 1 || tokens[(index + 1)...].allSatisfy({ $0 == .newline })
        {
          throw SyntaxError(message: "bash: syntax error: unexpected end of file", isIncomplete: true)
        }
      case .newline:
        if !isEmpty(command) {
          commands.append(command)
          command = SimpleCommand(assignments: [], words: [], redirects: [])
        }
        if !commands.isEmpty {
          items.append((Pipeline(commands: commands), .sequence))
          commands = []
        }
      }
      index += 1
    }
    if !isEmpty(command) { commands.append(command) }
    if !commands.isEmpty { items.append((Pipeline(commands: commands), .sequence)) }
    return CommandList(items: items.map { (pipeline: $0.0, connector: $0.1) })
  }

  /// `NAME=value` at the start of a command is an assignment.
  static func assignment(_ word: Word) -> (name: String, value: Word)? {
    guard case .plain(let first)? = word.pieces.first, let equals = first.firstIndex(of: "=")
    else { return nil }
    let name = String(first[..<equals])
    guard let head = name.first, head.isLetter || head == "_",
      name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    else { return nil }
    var pieces = word.pieces
    let rest = String(first[first.index(after: equals)...])
    if rest.isEmpty { pieces.removeFirst() } else { pieces[0] = .plain(rest) }
    return (name, Word(pieces: pieces))
  }
}
