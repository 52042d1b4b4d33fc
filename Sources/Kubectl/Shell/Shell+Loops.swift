import ClusterSim

/// What `break` or `continue` asked of the loops around it.
enum LoopControl: Equatable {
  /// Leave this many enclosing loops.
  case leave(Int)
  /// Skip to the next round of the loop this many levels out.
  case next(Int)
}

extension Shell {
  /// Rounds a `while`/`until` loop runs before kubetutor stops it as Ctrl-C would (a loop
  /// like `while true; do curl ...; sleep 1; done` runs until interrupted in a real shell).
  static let loopLimit = 20
  /// Rounds a `for` loop runs at most (each round may run kubectl against the simulation).
  static let forLimit = 1000

  /// Runs a loop; its commands' output goes to `output`.
  func runLoop(_ compound: Compound, stdin: String?, into output: inout Output) -> Int32 {
    loopDepth += 1
    defer { loopDepth -= 1 }
    var code: Int32 = 0
    switch compound {
    case .forEach(let name, let words, let body):
      var values: [String] = []
      for word in words { values += expand(word, into: &output) }
      for (round, value) in values.enumerated() {
        if round == Shell.forLimit {
          output.errorLine(forStoppedNote(rounds: round, of: values.count))
          return 130
        }
        variables[name] = value
        code = execute(body, into: &output)
        if interrupted || endRound() { break }
      }
    case .loop(let condition, let body, let until):
      var round = 0
      while true {
        let test = execute(condition, into: &output)
        if interrupted || endRound() { break }
        if (test == 0) == until { break }
        if round == Shell.loopLimit {
          output.errorLine("^C")
          output.errorLine(stoppedNote(rounds: round))
          return 130
        }
        code = execute(body, into: &output)
        round += 1
        if interrupted || endRound() { break }
      }
    }
    return code
  }

  /// Acts on a pending `break`/`continue` at the end of a round: true when this loop ends.
  private func endRound() -> Bool {
    switch loopControl {
    case nil: return false
    case .leave(let levels):
      loopControl = levels > 1 ? .leave(levels - 1) : nil
      return true
    case .next(let levels):
      if levels > 1 {
        loopControl = .next(levels - 1)
        return true
      }
      loopControl = nil
      return false
    }
  }

  private func stoppedNote(rounds: Int) -> String {
    switch language {
    case .en: return "kubetutor: stopped the loop after \(rounds) rounds, as Ctrl-C would (a real shell keeps going until you press it)."
    case .ko: return "kubetutor: 반복을 \(rounds)번 실행한 뒤 Ctrl-C를 누른 것처럼 멈췄습니다(실제 셸에서는 Ctrl-C를 누를 때까지 계속 돕니다)."
    }
  }

  /// A `for` loop ends by itself in a real shell: the note says how many rounds it skipped.
  private func forStoppedNote(rounds: Int, of total: Int) -> String {
    switch language {
    case .en: return "kubetutor: stopped the loop after \(rounds) of its \(total) rounds; kubetutor runs at most \(rounds) (a real shell runs them all)."
    case .ko: return "kubetutor: 반복 \(total)번 가운데 \(rounds)번만 실행하고 멈췄습니다. kubetutor는 최대 \(rounds)번까지만 실행합니다(실제 셸은 끝까지 실행합니다)."
    }
  }

  /// `break [n]` and `continue [n]`.
  static func loopBuiltin(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    let levels = context.arguments.first.map { Int($0) } ?? 1
    guard let levels, levels >= 1 else {
      context.output.errorLine("\(shell.location.shellName): \(context.name): \(context.arguments[0]): loop count out of range")
      return 1
    }
    guard shell.loopDepth > 0 else {
      context.output.errorLine("\(shell.location.shellName): \(context.name): only meaningful in a `for', `while', or `until' loop")
      return 0
    }
    let clamped = min(levels, shell.loopDepth)
    shell.loopControl = context.name == "break" ? .leave(clamped) : .next(clamped)
    return 0
  }
}

/// `test` and `[`: string, integer and file tests.
enum TestBuiltin {
  static func run(_ context: inout ToolContext) -> Int32 {
    var arguments = context.arguments
    let shellName = context.shell.location.shellName
    if context.name == "[" {
      guard arguments.last == "]" else {
        context.output.errorLine("\(shellName): [: missing `]'")
        return 2
      }
      arguments.removeLast()
    }
    var negate = false
    while arguments.count > 1, arguments[0] == "!" {
      negate.toggle()
      arguments.removeFirst()
    }
    let result: Bool
    switch arguments.count {
    case 0: result = false
    case 1: result = !arguments[0].isEmpty
    case 2:
      let (op, operand) = (arguments[0], arguments[1])
      switch op {
      case "-z": result = operand.isEmpty
      case "-n": result = !operand.isEmpty
      case "-e", "-f", "-d", "-s", "-r":
        let path = context.shell.resolvePath(operand)
        let file = path.flatMap { try? context.shell.files.read($0) }
        let isDirectory = path.flatMap { context.shell.files.isDirectory($0) } ?? false
        switch op {
        case "-d": result = isDirectory
        case "-f", "-r": result = file != nil
        case "-s": result = file.map { !$0.isEmpty } ?? false
        default: result = file != nil || isDirectory
        }
      default:
        context.output.errorLine("\(shellName): \(context.name): \(op): unary operator expected")
        return 2
      }
    case 3:
      let (left, op, right) = (arguments[0], arguments[1], arguments[2])
      switch op {
      case "=", "==": result = left == right
      case "!=": result = left != right
      case "-eq", "-ne", "-lt", "-le", "-gt", "-ge":
        guard let a = Int(left.trimmingCharacters(in: .whitespaces)) else {
          context.output.errorLine("\(shellName): \(context.name): \(left): integer expression expected")
          return 2
        }
        guard let b = Int(right.trimmingCharacters(in: .whitespaces)) else {
          context.output.errorLine("\(shellName): \(context.name): \(right): integer expression expected")
          return 2
        }
        switch op {
        case "-eq": result = a == b
        case "-ne": result = a != b
        case "-lt": result = a < b
        case "-le": result = a <= b
        case "-gt": result = a > b
        default: result = a >= b
        }
      default:
        context.output.errorLine("\(shellName): \(context.name): \(op): binary operator expected")
        return 2
      }
    default:
      context.output.errorLine("\(shellName): \(context.name): too many arguments")
      return 2
    }
    return result != negate ? 0 : 1
  }
}

/// `seq LAST`, `seq FIRST LAST`, `seq FIRST INCREMENT LAST` (whole numbers).
enum SeqTool {
  static let maximumLines = 100_000

  static func run(_ context: inout ToolContext) -> Int32 {
    let arguments = context.arguments
    guard (1...3).contains(arguments.count) else {
      context.output.errorLine(arguments.isEmpty ? "seq: missing operand" : "seq: extra operand '\(arguments[3])'")
      context.output.errorLine("Try 'seq --help' for more information.")
      return 1
    }
    var numbers: [Int] = []
    for argument in arguments {
      guard let number = Int(argument) else {
        context.output.errorLine("seq: invalid floating point argument: '\(argument)'")
        context.output.errorLine("Try 'seq --help' for more information.")
        return 1
      }
      numbers.append(number)
    }
    let first = numbers.count > 1 ? numbers[0] : 1
    let step = numbers.count == 3 ? numbers[1] : 1
    let last = numbers[numbers.count - 1]
    guard step != 0 else {
      context.output.errorLine("seq: invalid Zero increment value: '0'")
      context.output.errorLine("Try 'seq --help' for more information.")
      return 1
    }
    var value = first
    var lines = 0
    var text = ""
    while step > 0 ? value <= last : value >= last {
      if lines == maximumLines {
        context.output.out(text)
        context.output.errorLine(
          context.shell.language == .ko
            ? "kubetutor: seq는 여기서 \(maximumLines)줄까지만 출력합니다."
            : "kubetutor: seq stops at \(maximumLines) lines here.")
        return 1
      }
      text += "\(value)\n"
      lines += 1
      value += step
    }
    context.output.out(text)
    return 0
  }
}
