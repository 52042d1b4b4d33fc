import Foundation

extension ToolContext {
  /// Reads a workspace file named by the learner, reporting errors as coreutils does:
  /// `cat: x.yaml: No such file or directory`.
  mutating func readFile(_ path: String, quoteStyle: Bool = false) -> String? {
    if path == "-" { return stdin ?? "" }
    if path == "/dev/null" { return "" }
    if let virtual = shell.virtualFile(path) { return virtual }
    guard let normalized = shell.resolvePath(path) else {
      fail("\(path): No such file or directory")
      return nil
    }
    do {
      return try shell.files.read(normalized)
    } catch {
      fail(quoteStyle ? "cannot open '\(path)' for reading: \(error.text)" : "\(path): \(error.text)")
      return nil
    }
  }

  /// The input of a filter: the named files concatenated, or standard input.
  mutating func inputs(_ files: [String]) -> [(name: String, text: String)]? {
    if files.isEmpty { return [("(standard input)", stdin ?? "")] }
    var result: [(String, String)] = []
    var failed = false
    for file in files {
      if let text = readFile(file) { result.append((file, text)) } else { failed = true }
    }
    return failed && result.isEmpty ? nil : result
  }
}

/// Splits text into lines without the final empty one.
func lines(of text: String) -> [String] {
  // NB: split on the byte, not the Character: "\r\n" is one Character, and a CRLF file's
  // lines end in "\r" as coreutils see them.
  var parts = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    .map { String(decoding: $0, as: UTF8.self) }
  if parts.last == "" { parts.removeLast() }
  return parts
}

/// Joins lines back, each ending in a newline.
func joinedLines(_ lines: [String]) -> String {
  lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
}

/// Splits short options the way getopt does: `-in` → `-i -n`, with `valued` options taking
/// the rest of the cluster or the next argument as their value.
struct Options {
  var flags: Set<Character> = []
  /// The last value of each valued option.
  var values: [Character: String] = [:]
  /// Every value of each valued option, in order (`grep -e a -e b`).
  var repeated: [Character: [String]] = [:]
  var operands: [String] = []
  var error: String?

  init(_ arguments: [String], valued: Set<Character> = [], long: [String: Character] = [:]) {
    var index = 0
    var onlyOperands = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyOperands || argument == "-" || !argument.hasPrefix("-") || argument.count == 1 {
        operands.append(argument)
        continue
      }
      if argument == "--" { onlyOperands = true; continue }
      if argument.hasPrefix("--") {
        let body = String(argument.dropFirst(2))
        let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? body
        guard let short = long[name] else {
          error = "unrecognized option '\(argument)'"
          return
        }
        if valued.contains(short) {
          if let equals = body.firstIndex(of: "=") {
            set(short, String(body[body.index(after: equals)...]))
          } else if index < arguments.count {
            set(short, arguments[index])
            index += 1
          } else {
            error = "option '\(argument)' requires an argument"
            return
          }
        } else {
          flags.insert(short)
        }
        continue
      }
      var characters = Array(argument.dropFirst())
      if characters.allSatisfy(\.isNumber), valued.contains("n") {
        set("n", String(characters))
        continue
      }
      while !characters.isEmpty {
        let option = characters.removeFirst()
        if valued.contains(option) {
          if !characters.isEmpty {
            set(option, String(characters))
          } else if index < arguments.count {
            set(option, arguments[index])
            index += 1
          } else {
            error = "option requires an argument -- '\(option)'"
            return
          }
          break
        }
        flags.insert(option)
      }
    }
  }

  private mutating func set(_ option: Character, _ value: String) {
    values[option] = value
    repeated[option, default: []].append(value)
  }
}
