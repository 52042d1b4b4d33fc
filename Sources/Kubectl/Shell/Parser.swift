/// Builds a ``CommandList`` from a command line.
public enum ShellParser {
  /// Parses `text`; throws a bash-worded ``SyntaxError`` (incomplete when more lines would
  /// finish it: an open quote, a here-document without its end, a trailing `|`).
  public static func parse(_ text: String) throws(SyntaxError) -> CommandList {
    let (tokens, bodies) = try Lexer.tokenize(text)
    var parser = ListParser(tokens: tokens, bodies: bodies)
    let (list, _) = try parser.parseList(until: [])
    return list
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

/// Recursive descent over the tokens: a list of pipelines, where a command may be a loop
/// whose body is itself a list (`for i in 1 2 3; do curl ...; done | sort`).
private struct ListParser {
  let tokens: [Lexer.Token]
  let bodies: [Int: (body: String, expand: Bool)]
  var index = 0

  /// Words that open or close a compound command when they start a command.
  static let reserved: Set<String> = ["do", "done", "then", "fi", "else", "elif", "esac", "in", "}"]
  /// Compound commands this shell does not simulate.
  static let unsupported: Set<String> = ["if", "case", "select", "function", "{", "[["]

  static func unexpected(_ token: String) -> SyntaxError {
    SyntaxError(message: "bash: syntax error near unexpected token `\(token)'", isIncomplete: false)
  }
  static let endOfFile = SyntaxError(message: "bash: syntax error: unexpected end of file", isIncomplete: true)

  static func isEmpty(_ command: SimpleCommand) -> Bool {
    command.words.isEmpty && command.redirects.isEmpty && command.assignments.isEmpty && command.compound == nil
  }

  /// A plain, unquoted word's text (reserved words only count when typed bare).
  static func bare(_ token: Lexer.Token) -> String? {
    guard case .word(let word) = token, word.pieces.count == 1, case .plain(let text) = word.pieces[0] else { return nil }
    return text
  }

  static func text(_ token: Lexer.Token) -> String {
    switch token {
    case .word(let word): return word.rawText
    case .op(let op): return op
    case .redirect(_, let op): return op
    case .newline: return "newline"
    }
  }

  /// True when only newlines are left after the current token.
  func nothingFollows() -> Bool {
    index == tokens.count - 1 || tokens[(index + 1)...].allSatisfy { $0 == .newline }
  }

  /// Parses pipelines until one of `terminators` starts a command (consumed and returned) or
  /// the tokens end (nil). Inside a loop, running out of tokens means more lines are needed.
  mutating func parseList(until terminators: Set<String>) throws(SyntaxError) -> (CommandList, String?) {
    var items: [(Pipeline, CommandList.Connector)] = []
    var commands: [SimpleCommand] = []
    var command = SimpleCommand(assignments: [], words: [], redirects: [])

    func finishPipeline(_ connector: CommandList.Connector) {
      if !ListParser.isEmpty(command) { commands.append(command) }
      command = SimpleCommand(assignments: [], words: [], redirects: [])
      if !commands.isEmpty { items.append((Pipeline(commands: commands), connector)) }
      commands = []
    }
    func result() -> CommandList { CommandList(items: items.map { (pipeline: $0.0, connector: $0.1) }) }

    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case .word(let word):
        let startsCommand = command.words.isEmpty && command.assignments.isEmpty && command.compound == nil
        if startsCommand, let bare = ListParser.bare(token) {
          if terminators.contains(bare) {
            guard !commands.isEmpty || !ListParser.isEmpty(command) || !items.isEmpty else {
              throw ListParser.unexpected(bare)
            }
            finishPipeline(.sequence)
            index += 1
            return (result(), bare)
          }
          if ListParser.reserved.contains(bare) { throw ListParser.unexpected(bare) }
          if ListParser.unsupported.contains(bare) {
            throw SyntaxError(
              message: "kubetutor: `\(bare)' blocks are not simulated in this shell; use && and || instead (for and while loops work)",
              isIncomplete: false)
          }
          if bare == "for" || bare == "while" || bare == "until" {
            command.compound = try parseLoop(bare)
            continue
          }
        }
        if command.compound != nil { throw ListParser.unexpected(word.rawText) }
        if command.words.isEmpty, let assignment = ShellParser.assignment(word) {
          command.assignments.append(assignment)
        } else {
          command.words.append(word)
        }
      case .redirect(let fd, let op):
        try parseRedirect(fd: fd, op: op, into: &command)
      case .op("|"):
        guard !ListParser.isEmpty(command) else { throw ListParser.unexpected("|") }
        commands.append(command)
        command = SimpleCommand(assignments: [], words: [], redirects: [])
        if nothingFollows() { throw ListParser.endOfFile }
      case .op(let op):
        guard !ListParser.isEmpty(command) else { throw ListParser.unexpected(op) }
        finishPipeline(CommandList.Connector(rawValue: op) ?? .sequence)
        if (op == "&&" || op == "||"), nothingFollows() { throw ListParser.endOfFile }
      case .newline:
        finishPipeline(.sequence)
      }
      index += 1
    }
    if !terminators.isEmpty { throw ListParser.endOfFile }
    finishPipeline(.sequence)
    return (result(), nil)
  }

  /// `for NAME [in WORDS]; do LIST; done`, `while LIST; do LIST; done`, `until ...`.
  /// On entry `index` is at the keyword; on exit it is just past `done`.
  mutating func parseLoop(_ keyword: String) throws(SyntaxError) -> Compound {
    index += 1
    if keyword == "for" {
      guard index < tokens.count else { throw ListParser.endOfFile }
      guard case .word(let nameWord) = tokens[index] else { throw ListParser.unexpected(ListParser.text(tokens[index])) }
      let name = nameWord.rawText
      guard let head = name.first, head.isLetter || head == "_",
        name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
      else { throw SyntaxError(message: "bash: `\(name)': not a valid identifier", isIncomplete: false) }
      index += 1
      skipNewlines()
      var words: [Word] = []
      if index < tokens.count, ListParser.bare(tokens[index]) == "in" {
        index += 1
        while index < tokens.count, case .word(let word) = tokens[index] {
          words.append(word)
          index += 1
        }
        guard index < tokens.count else { throw ListParser.endOfFile }
        guard tokens[index] == .op(";") || tokens[index] == .newline else {
          throw ListParser.unexpected(ListParser.text(tokens[index]))
        }
        index += 1
      } else if index < tokens.count, tokens[index] == .op(";") {
        index += 1
      }
      try expectDo()
      let (body, _) = try parseList(until: ["done"])
      return .forEach(variable: name, words: words, body: body)
    }
    let (condition, _) = try parseList(until: ["do"])
    let (body, _) = try parseList(until: ["done"])
    return .loop(condition: condition, body: body, until: keyword == "until")
  }

  mutating func skipNewlines() {
    while index < tokens.count, tokens[index] == .newline { index += 1 }
  }

  mutating func expectDo() throws(SyntaxError) {
    skipNewlines()
    guard index < tokens.count else { throw ListParser.endOfFile }
    guard ListParser.bare(tokens[index]) == "do" else { throw ListParser.unexpected(ListParser.text(tokens[index])) }
    index += 1
  }

  mutating func parseRedirect(fd: Int, op: String, into command: inout SimpleCommand) throws(SyntaxError) {
    if op == "<<" {
      let body = bodies[index] ?? (body: "", expand: true)
      command.redirects.append(
        Redirect(fd: 0, operation: .hereDocument(body: body.body, expand: body.expand), target: nil))
      return
    }
    if op.hasPrefix(">&") {
      if op == ">&1" && fd == 2 {
        command.redirects.append(Redirect(fd: 2, operation: .duplicateErrorToOutput, target: nil))
      } else if op == ">&2" || op == ">&1" {
        command.redirects.append(Redirect(fd: fd, operation: .duplicateErrorToOutput, target: nil))
      } else {
        throw ListParser.unexpected(op)
      }
      return
    }
    index += 1
    guard index < tokens.count, case .word(let target) = tokens[index] else {
      if index < tokens.count, case .op(let next) = tokens[index] { throw ListParser.unexpected(next) }
      throw ListParser.unexpected("newline")
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
  }
}
