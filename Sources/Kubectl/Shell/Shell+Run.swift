import ClusterSim

/// The arguments and streams of one command being run.
public struct ToolContext {
  public let shell: Shell
  /// The command's name as typed (`kubectl`, `grep`).
  public let name: String
  /// The arguments after the name.
  public var arguments: [String]
  /// What was piped or redirected in, or nil when reading from the terminal.
  public let stdin: String?
  public var output = Output()
  /// True when standard output goes to the terminal (not a pipe or a file).
  public let toTerminal: Bool
  /// True when the command was started with `&`.
  public let background: Bool

  /// Prints `name: message` to standard error (the tool's own error format).
  public mutating func fail(_ message: String) {
    output.errorLine("\(name): \(message)")
  }
}

extension Shell {
  /// Where an output descriptor goes.
  enum Sink: Equatable {
    case inherit
    case null
    case file(String, append: Bool)
    case standardOutput
  }

  func runSimple(
    _ original: SimpleCommand, stdin: String?, toTerminal: Bool, background: Bool,
    into output: inout Output
  ) -> Int32 {
    var command = original
    // Alias expansion of the first word.
    if let first = command.words.first, !first.isQuoted, let alias = aliases[first.rawText],
      let parsed = try? ShellParser.parse(alias), let aliased = parsed.items.first?.pipeline.commands.first
    {
      command.words = aliased.words + command.words.dropFirst()
    }
    if let compound = command.compound {
      guard let streams = openRedirects(command, stdin: stdin, into: &output) else { return 1 }
      var produced = Output()
      let code = runLoop(compound, stdin: streams.input, into: &produced)
      route(produced, stdout: streams.stdout, stderr: streams.stderr, into: &output)
      return code
    }
    var fields: [String] = []
    for word in command.words { fields += expand(word, into: &output) }
    if fields.isEmpty {
      for assignment in command.assignments {
        variables[assignment.name] = expandJoined(assignment.value, into: &output)
      }
      return command.redirects.isEmpty ? lastExitCode : applyRedirectsOnly(command, into: &output)
    }
    guard let streams = openRedirects(command, stdin: stdin, into: &output) else { return 1 }
    let (input, stdoutSink, stderrSink) = (streams.input, streams.stdout, streams.stderr)
    var saved: [String: String?] = [:]
    for assignment in command.assignments {
      saved[assignment.name] = variables[assignment.name]
      variables[assignment.name] = expandJoined(assignment.value, into: &output)
    }
    defer { for (name, value) in saved { variables[name] = value } }
    // `time CMD`: run CMD, then report how long it took (simulated time, as bash prints it).
    if fields.first == "time" && fields.count > 1 && !original.words[0].isQuoted {
      var timed = original
      timed.words.removeFirst()
      let started = cluster.clock.now
      let code = runSimple(timed, stdin: stdin, toTerminal: toTerminal, background: background, into: &output)
      let seconds = max(0.031, cluster.clock.now.seconds - started.seconds)
      let text = { (value: Double) in String(format: "%dm%.3fs", Int(value) / 60, value.truncatingRemainder(dividingBy: 60)) }
      output.err("\nreal\t\(text(seconds))\nuser\t\(text(0.021))\nsys\t\(text(0.008))\n")
      return code
    }
    ranCommands.append(fields)
    var context = ToolContext(
      shell: self, name: fields[0], arguments: Array(fields.dropFirst()), stdin: input,
      toTerminal: toTerminal && stdoutSink == .inherit, background: background)
    let code = dispatch(&context)
    route(context.output, stdout: stdoutSink, stderr: stderrSink, into: &output)
    return code
  }

  /// Applies a command's redirections: where its input comes from and where its two output
  /// streams go. Output files are truncated first, as bash does. Nil (after printing bash's
  /// error) when a file cannot be opened.
  func openRedirects(
    _ command: SimpleCommand, stdin: String?, into output: inout Output
  ) -> (input: String?, stdout: Sink, stderr: Sink)? {
    // Standard input from redirections.
    var input = stdin
    var stdoutSink = Sink.inherit
    var stderrSink = Sink.inherit
    for redirect in command.redirects {
      switch redirect.operation {
      case .read:
        let path = redirect.target.map { expandJoined($0, into: &output) } ?? ""
        if path == "/dev/null" { input = ""; continue }
        guard let normalized = resolvePath(path) else {
          output.errorLine("\(location.shellName): \(path): No such file or directory")
          return nil
        }
        do { input = try files.read(normalized) } catch {
          output.errorLine("\(location.shellName): \(path): \(error.text)")
          return nil
        }
      case .hereDocument(let body, let expand):
        input = expand ? expandText(body, into: &output) : body
      case .hereString:
        input = (redirect.target.map { expandJoined($0, into: &output) } ?? "") + "\n"
      case .write, .append:
        let path = redirect.target.map { expandJoined($0, into: &output) } ?? ""
        let sink: Sink =
          path == "/dev/null" ? .null : .file(path, append: redirect.operation == .append)
        if redirect.fd == 2 { stderrSink = sink } else { stdoutSink = sink }
      case .duplicateErrorToOutput:
        if redirect.fd == 2 {
          stderrSink = stdoutSink == .inherit ? .standardOutput : stdoutSink
        }
      }
    }
    // Truncate output files first, as bash does before the command runs.
    for sink in [stdoutSink, stderrSink] {
      if case .file(let path, let append) = sink {
        guard let normalized = resolvePath(path) else {
          output.errorLine("\(location.shellName): \(path): Permission denied")
          return nil
        }
        if !append {
          do { try files.write(normalized, "", append: false) } catch {
            output.errorLine("\(location.shellName): \(path): \(error.text)")
            return nil
          }
        }
      }
    }
    return (input, stdoutSink, stderrSink)
  }

  /// A command with only redirections (`> file`): creates or truncates the files.
  func applyRedirectsOnly(_ command: SimpleCommand, into output: inout Output) -> Int32 {
    for redirect in command.redirects {
      guard redirect.operation == .write || redirect.operation == .append,
        let target = redirect.target
      else { continue }
      let path = expandJoined(target, into: &output)
      guard path != "/dev/null", let normalized = resolvePath(path) else { continue }
      do { try files.write(normalized, "", append: redirect.operation == .append) } catch {
        output.errorLine("\(location.shellName): \(path): \(error.text)")
        return 1
      }
    }
    return 0
  }

  func route(_ produced: Output, stdout: Sink, stderr: Sink, into output: inout Output) {
    for chunk in produced.chunks {
      var sink = chunk.stream == .standard ? stdout : stderr
      if sink == .standardOutput { sink = stdout == .inherit ? .inherit : stdout }
      switch sink {
      case .inherit, .standardOutput:
        if chunk.stream == .error && stderr == .standardOutput {
          output.out(chunk.text)
        } else {
          output.append(chunk.stream, chunk.text)
        }
      case .null: continue
      case .file(let path, _):
        if let normalized = resolvePath(path) {
          do { try files.write(normalized, chunk.text, append: true) } catch {
            output.errorLine("\(location.shellName): \(path): \(error.text)")
          }
        }
      }
    }
  }

  // MARK: Expansion

  /// Expands a word into fields: variables and `$(...)` split on white space when unquoted,
  /// globs match workspace files.
  func expand(_ word: Word, into output: inout Output) -> [String] {
    if let alternatives = Shell.braceAlternatives(word) {
      return alternatives.flatMap { expand($0, into: &output) }
    }
    var fields: [String] = []
    var current = ""
    var hasContent = false
    var globbable = false
    func split(_ value: String) {
      let parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        .map(String.init)
      guard !parts.isEmpty else { return }
      let startsWithSpace = value.first.map { $0 == " " || $0 == "\t" || $0 == "\n" } ?? false
      let endsWithSpace = value.last.map { $0 == " " || $0 == "\t" || $0 == "\n" } ?? false
      for (index, part) in parts.enumerated() {
        if index > 0 || (startsWithSpace && (hasContent || !current.isEmpty)) {
          fields.append(current)
          current = ""
        }
        current += part
        hasContent = true
      }
      if endsWithSpace {
        fields.append(current)
        current = ""
        hasContent = false
      }
    }
    for piece in word.pieces {
      switch piece {
      case .plain(let text):
        current += text
        hasContent = true
        if text.contains("*") || text.contains("?") { globbable = true }
      case .literal(let text):
        current += text
        hasContent = true
      case .quoted(let inner):
        current += expandQuoted(inner, into: &output)
        hasContent = true
      case .variable(let name):
        split(variable(name))
      case .substitution(let command):
        split(substitute(command, into: &output))
      }
    }
    if hasContent || !current.isEmpty { fields.append(current) }
    if globbable && !word.isQuoted && fields.count == 1 {
      let matches = glob(fields[0])
      if !matches.isEmpty { return matches }
    }
    return fields
  }

  /// Brace expansion of an unquoted `{1..5}`, `{a..c}` or `{web,api}`: the word once per
  /// alternative, or nil when the word has none.
  static func braceAlternatives(_ word: Word) -> [Word]? {
    for (position, piece) in word.pieces.enumerated() {
      guard case .plain(let text) = piece else { continue }
      var search = text.startIndex
      while let open = text[search...].firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
        search = text.index(after: open)
        let inner = String(text[search..<close])
        guard !inner.contains("{"), let items = braceItems(inner) else { continue }
        let prefix = String(text[..<open])
        let suffix = String(text[text.index(after: close)...])
        return items.map { item in
          var pieces = word.pieces
          pieces[position] = .plain(prefix + item + suffix)
          return Word(pieces: pieces)
        }
      }
    }
    return nil
  }

  /// The alternatives inside one pair of braces, or nil when it is not a brace expression.
  private static func braceItems(_ inner: String) -> [String]? {
      var items: [String] = []
      let bounds = inner.components(separatedBy: "..")
      if bounds.count == 2, let first = Int(bounds[0]), let last = Int(bounds[1]) {
        guard abs(last - first) < SeqTool.maximumLines else { return nil }
        items = stride(from: first, through: last, by: first <= last ? 1 : -1).map(String.init)
      } else if bounds.count == 2, bounds[0].count == 1, bounds[1].count == 1,
        let first = bounds[0].unicodeScalars.first?.value, let last = bounds[1].unicodeScalars.first?.value,
        bounds[0].first!.isASCII, bounds[0].first!.isLetter, bounds[1].first!.isASCII, bounds[1].first!.isLetter
      {
        items = stride(from: first, through: last, by: first <= last ? 1 : -1).compactMap {
          Unicode.Scalar($0).map { String(Character($0)) }
        }
      } else if inner.contains(",") {
        items = inner.components(separatedBy: ",")
      } else {
        return nil
      }
      return items
  }

  func expandQuoted(_ pieces: [Word.Piece], into output: inout Output) -> String {
    pieces.map { piece -> String in
      switch piece {
      case .plain(let text), .literal(let text): return text
      case .quoted(let inner): return expandQuoted(inner, into: &output)
      case .variable(let name): return variable(name)
      case .substitution(let command): return substitute(command, into: &output)
      }
    }.joined()
  }

  /// A word expanded to one string (for assignments and redirection targets).
  func expandJoined(_ word: Word, into output: inout Output) -> String {
    expandQuoted(word.pieces, into: &output)
  }

  /// Expands `$VAR`, `${VAR}` and `$(...)` in the body of a here-document.
  func expandText(_ text: String, into output: inout Output) -> String {
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "\\", index + 1 < characters.count, ["$", "`", "\\"].contains(characters[index + 1]) {
        result.append(characters[index + 1])
        index += 2
        continue
      }
      guard character == "$", index + 1 < characters.count else {
        result.append(character)
        index += 1
        continue
      }
      let next = characters[index + 1]
      if next == "(" {
        var depth = 0
        var end = index + 1
        while end < characters.count {
          if characters[end] == "(" { depth += 1 }
          if characters[end] == ")" { depth -= 1; if depth == 0 { break } }
          end += 1
        }
        guard end < characters.count else { result.append(character); index += 1; continue }
        result += substitute(String(characters[(index + 2)..<end]), into: &output)
        index = end + 1
      } else if next == "{", let close = characters[(index + 2)...].firstIndex(of: "}") {
        result += variable(String(characters[(index + 2)..<close]))
        index = close + 1
      } else if next == "?" {
        result += variable("?")
        index += 2
      } else if next.isLetter || next == "_" {
        var end = index + 1
        while end < characters.count, characters[end].isASCII,
          characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
        {
          end += 1
        }
        result += variable(String(characters[(index + 1)..<end]))
        index = end
      } else {
        result.append(character)
        index += 1
      }
    }
    return result
  }

  func variable(_ name: String) -> String {
    switch name {
    case "?": return String(lastExitCode)
    case "$": return "4242"
    case "#", "0": return name == "0" ? "bash" : "0"
    case "PWD": return cwd.isEmpty ? "/home/user" : "/home/user/" + cwd
    default: return variables[name] ?? ""
    }
  }

  /// Runs `$(command)` and returns its standard output without trailing newlines.
  func substitute(_ command: String, into output: inout Output) -> String {
    guard depth < 8 else { return "" }
    // `$((expression))` is arithmetic, not a command.
    if command.hasPrefix("("), command.hasSuffix(")") {
      let expression = String(command.dropFirst().dropLast())
      let shown = expression.trimmingCharacters(in: .whitespaces)
      do throws(Arithmetic.Failure) {
        return String(try Arithmetic.evaluate(expression) { self.variable($0) })
      } catch {
        switch error {
        case .divisionByZero:
          output.errorLine("\(location.shellName): \(shown): division by 0 (error token is \"\(shown.split(separator: "/").last.map(String.init) ?? "0")\")")
        case .syntax(let token):
          output.errorLine("\(location.shellName): \(shown): syntax error: operand expected (error token is \"\(token)\")")
        }
      }
      return ""
    }
    depth += 1
    defer { depth -= 1 }
    var captured = Output()
    let saved = ranCommands
    _ = execute(command, into: &captured)
    ranCommands = saved + ranCommands.dropFirst(saved.count)
    output.err(captured.errorText)
    var text = captured.standardText
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// Workspace files matching a shell pattern (`*.yaml`, `web?.yaml`).
  func glob(_ pattern: String) -> [String] {
    let directory = pattern.contains("/") ? String(pattern[..<pattern.lastIndex(of: "/")!]) : ""
    let namePattern = pattern.contains("/") ? String(pattern[pattern.index(after: pattern.lastIndex(of: "/")!)...]) : pattern
    guard let base = resolvePath(directory),
      let names = try? files.list(base)
    else { return [] }
    return names.filter { Shell.matches(Array($0), Array(namePattern)) && !$0.hasPrefix(".") }
      .map { directory.isEmpty ? $0 : directory + "/" + $0 }
  }

  static func matches(_ name: [Character], _ pattern: [Character]) -> Bool {
    var memo: [Int: Bool] = [:]
    func match(_ i: Int, _ j: Int) -> Bool {
      let key = i * 10_000 + j
      if let known = memo[key] { return known }
      let result: Bool
      if j == pattern.count {
        result = i == name.count
      } else if pattern[j] == "*" {
        result = match(i, j + 1) || (i < name.count && match(i + 1, j))
      } else if i < name.count && (pattern[j] == "?" || pattern[j] == name[i]) {
        result = match(i + 1, j + 1)
      } else {
        result = false
      }
      memo[key] = result
      return result
    }
    return match(0, 0)
  }
}
