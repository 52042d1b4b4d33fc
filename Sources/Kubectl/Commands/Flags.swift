/// A flag a kubectl command accepts.
struct FlagSpec: Sendable {
  enum Kind: Sendable {
    case bool, string, int, stringArray, duration
  }
  var name: String
  var short: Character?
  var kind: Kind
  var defaultText: String
  var help: String
  var hidden = false

  init(
    _ name: String, _ short: Character? = nil, _ kind: Kind = .string, default defaultText: String = "",
    _ help: String = "", hidden: Bool = false
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.defaultText = defaultText.isEmpty && kind == .bool ? "false" : defaultText
    self.help = help
    self.hidden = hidden
  }

  /// How pflag names the flag in errors: `--replicas` or `-r, --replicas`.
  var errorName: String { short.map { "-\($0), --\(name)" } ?? "--\(name)" }
}

/// Flags and arguments as pflag parses them: flags anywhere, `--` ends them.
struct ParsedFlags {
  var values: [String: [String]] = [:]
  var arguments: [String] = []
  /// Arguments after `--` (for run, exec).
  var afterDash: [String]?

  func isSet(_ name: String) -> Bool { values[name] != nil }
  func string(_ name: String) -> String? { values[name]?.last }
  func strings(_ name: String) -> [String] {
    (values[name] ?? []).flatMap { value in
      value.isEmpty ? [] : value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
  }
  /// Repeated flags kept whole (no comma splitting), e.g. `--env`.
  func list(_ name: String) -> [String] { values[name] ?? [] }
  func bool(_ name: String) -> Bool {
    guard let value = values[name]?.last else { return false }
    return value == "true"
  }
  func int(_ name: String) -> Int? { string(name).flatMap { Int($0) } }
}

/// Why a command line's flags could not be parsed, worded as cobra and pflag word it.
struct FlagError: Error {
  var message: String
}

enum FlagParser {
  static func parse(_ arguments: [String], specs: [FlagSpec]) throws(FlagError) -> ParsedFlags {
    var result = ParsedFlags()
    var index = 0
    func spec(named name: String) -> FlagSpec? { specs.first { $0.name == name } }
    func spec(short: Character) -> FlagSpec? { specs.first { $0.short == short } }
    func store(_ spec: FlagSpec, _ value: String) throws(FlagError) {
      switch spec.kind {
      case .int:
        guard Int(value) != nil else {
          let reason =
            Int(value.trimmingCharacters(in: .whitespaces)) == nil && !value.isEmpty
              && value.allSatisfy({ $0.isNumber || $0 == "-" })
            ? "value out of range" : "invalid syntax"
          throw FlagError(
            message:
              "invalid argument \"\(value)\" for \"\(spec.errorName)\" flag: strconv.ParseInt: parsing \"\(value)\": \(reason)"
          )
        }
      case .bool:
        let normalized = ["1": "true", "t": "true", "T": "true", "TRUE": "true", "true": "true", "True": "true",
          "0": "false", "f": "false", "F": "false", "FALSE": "false", "false": "false", "False": "false"][value]
        guard let normalized else {
          throw FlagError(
            message:
              "invalid argument \"\(value)\" for \"\(spec.errorName)\" flag: strconv.ParseBool: parsing \"\(value)\": invalid syntax"
          )
        }
        result.values[spec.name, default: []].append(normalized)
        return
      case .duration:
        guard DurationText.seconds(value) != nil else {
          throw FlagError(
            message: "invalid argument \"\(value)\" for \"\(spec.errorName)\" flag: time: invalid duration \"\(value)\"")
        }
      case .string, .stringArray: break
      }
      result.values[spec.name, default: []].append(value)
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        result.afterDash = Array(arguments[index...])
        return result
      }
      if argument.hasPrefix("--") && argument.count > 2 {
        let body = String(argument.dropFirst(2))
        let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? body
        guard let spec = spec(named: name) else {
          throw FlagError(message: "unknown flag: --\(name)")
        }
        if let equals = body.firstIndex(of: "=") {
          try store(spec, String(body[body.index(after: equals)...]))
        } else if spec.kind == .bool {
          result.values[spec.name, default: []].append("true")
        } else {
          guard index < arguments.count else {
            throw FlagError(message: "flag needs an argument: --\(name)")
          }
          try store(spec, arguments[index])
          index += 1
        }
        continue
      }
      if argument.hasPrefix("-") && argument.count > 1 {
        var characters = Array(argument.dropFirst())
        while !characters.isEmpty {
          let letter = characters.removeFirst()
          guard let spec = spec(short: letter) else {
            throw FlagError(message: "unknown shorthand flag: '\(letter)' in \(argument)")
          }
          if spec.kind == .bool {
            if characters.first == "=" {
              try store(spec, String(characters.dropFirst()))
              characters = []
            } else {
              result.values[spec.name, default: []].append("true")
            }
            continue
          }
          if characters.first == "=" { characters.removeFirst() }
          if !characters.isEmpty {
            try store(spec, String(characters))
          } else {
            guard index < arguments.count else {
              throw FlagError(message: "flag needs an argument: '\(letter)' in \(argument)")
            }
            try store(spec, arguments[index])
            index += 1
          }
          characters = []
        }
        continue
      }
      result.arguments.append(argument)
    }
    return result
  }
}

/// Go duration text: `30s`, `1m`, `2m30s`, `500ms`, `0`.
enum DurationText {
  static func seconds(_ text: String) -> Double? {
    if text == "0" { return 0 }
    var total = 0.0
    var number = ""
    var rest = Substring(text)
    guard !rest.isEmpty else { return nil }
    while !rest.isEmpty {
      number = String(rest.prefix { $0.isNumber || $0 == "." })
      rest = rest.dropFirst(number.count)
      guard let value = Double(number) else { return nil }
      let unit = String(rest.prefix { $0.isLetter })
      rest = rest.dropFirst(unit.count)
      switch unit {
      case "h": total += value * 3600
      case "m": total += value * 60
      case "s": total += value
      case "ms": total += value / 1000
      default: return nil
      }
    }
    return total
  }
}
