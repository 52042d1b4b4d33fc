/// Builtins of the shell itself: variables, aliases, history, help.
enum ShellBuiltins {
  static func export(_ context: inout ToolContext) -> Int32 {
    let arguments = context.arguments.filter { $0 != "-n" }
    if arguments.isEmpty || arguments == ["-p"] {
      for name in context.shell.variables.keys.sorted() {
        context.output.line("declare -x \(name)=\"\(context.shell.variables[name]!)\"")
      }
      return 0
    }
    for argument in arguments {
      if let equals = argument.firstIndex(of: "=") {
        let name = String(argument[..<equals])
        guard isName(name) else {
          context.output.errorLine("\(context.shell.location.shellName): export: `\(argument)': not a valid identifier")
          return 1
        }
        context.shell.variables[name] = String(argument[argument.index(after: equals)...])
      } else if !isName(argument) {
        context.output.errorLine("\(context.shell.location.shellName): export: `\(argument)': not a valid identifier")
        return 1
      }
    }
    return 0
  }

  static func isName(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
  }

  static func unset(_ context: inout ToolContext) -> Int32 {
    for name in context.arguments where name != "-v" { context.shell.variables[name] = nil }
    return 0
  }

  static func alias(_ context: inout ToolContext) -> Int32 {
    let shell = context.shell
    if context.arguments.isEmpty {
      for name in shell.aliases.keys.sorted() {
        context.output.line("alias \(name)='\(shell.aliases[name]!)'")
      }
      return 0
    }
    var code: Int32 = 0
    for argument in context.arguments {
      if let equals = argument.firstIndex(of: "=") {
        shell.aliases[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
      } else if let value = shell.aliases[argument] {
        context.output.line("alias \(argument)='\(value)'")
      } else {
        context.output.errorLine("\(shell.location.shellName): alias: \(argument): not found")
        code = 1
      }
    }
    return code
  }

  static func unalias(_ context: inout ToolContext) -> Int32 {
    var code: Int32 = 0
    for name in context.arguments {
      if name == "-a" { context.shell.aliases = [:]; continue }
      if context.shell.aliases.removeValue(forKey: name) == nil {
        context.output.errorLine("\(context.shell.location.shellName): unalias: \(name): not found")
        code = 1
      }
    }
    return code
  }

  static func history(_ context: inout ToolContext) -> Int32 {
    if context.arguments.first == "-c" {
      context.shell.history.removeAll()
      return 0
    }
    let entries = context.shell.history
    let count = context.arguments.first.flatMap(Int.init) ?? entries.count
    for (index, line) in entries.enumerated().suffix(count) {
      let number = String(index + 1)
      context.output.line(String(repeating: " ", count: max(0, 5 - number.count)) + number + "  " + line)
    }
    return 0
  }

  static func env(_ context: inout ToolContext) -> Int32 {
    for name in context.shell.variables.keys.sorted() {
      context.output.line("\(name)=\(context.shell.variables[name]!)")
    }
    return 0
  }

  static func which(_ context: inout ToolContext) -> Int32 {
    var code: Int32 = 0
    for name in context.arguments {
      if let path = context.shell.commandPath(name) {
        context.output.line(path)
      } else {
        code = 1
      }
    }
    return code
  }

  static func sleep(_ context: inout ToolContext) -> Int32 {
    guard let argument = context.arguments.first else {
      context.output.errorLine("sleep: missing operand")
      return 1
    }
    // GNU sleep: a number with an optional unit (s, m, h, d); several arguments add up.
    var seconds = 0.0
    for argument in context.arguments {
      let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
      var number = Substring(argument)
      var scale = 1.0
      if let last = number.last, let unit = units[last] {
        scale = unit
        number = number.dropLast()
      }
      guard let value = Double(number), value >= 0, value.isFinite else {
        context.output.errorLine("sleep: invalid time interval '\(argument)'")
        context.output.errorLine("Try 'sleep --help' for more information.")
        return 1
      }
      seconds += value * scale
    }
    _ = argument
    return context.shell.wait(seconds) ? 0 : 130
  }
}
