import Foundation

/// echo, cat, head, tail, wc, sort, uniq, cut, tr, tee, base64, printf.
enum TextTools {
  static func echo(_ context: inout ToolContext) -> Int32 {
    var arguments = context.arguments
    var newline = true
    var escapes = false
    while let first = arguments.first, first.hasPrefix("-"), first.count > 1,
      first.dropFirst().allSatisfy({ "neE".contains($0) })
    {
      if first.contains("n") { newline = false }
      if first.contains("e") { escapes = true }
      if first.contains("E") { escapes = false }
      arguments.removeFirst()
    }
    var text = arguments.joined(separator: " ")
    if escapes { text = unescape(text) }
    context.output.out(text + (newline ? "\n" : ""))
    return 0
  }

  /// Backslash escapes as printf and `echo -e` read them, left to right (`\\n` stays `\n`).
  static func unescape(_ text: String) -> String {
    let escapes: [Character: String] = [
      "n": "\n", "t": "\t", "r": "\r", "\\": "\\", "a": "\u{07}", "b": "\u{08}", "f": "\u{0C}",
      "v": "\u{0B}", "e": "\u{1B}",
    ]
    var result = ""
    var iterator = text.makeIterator()
    while let character = iterator.next() {
      guard character == "\\" else {
        result.append(character)
        continue
      }
      guard let next = iterator.next() else {
        result.append("\\")
        break
      }
      if let replacement = escapes[next] {
        result += replacement
      } else {
        result += "\\" + String(next)
      }
    }
    return result
  }

  static func printf(_ context: inout ToolContext) -> Int32 {
    guard var format = context.arguments.first else {
      context.output.errorLine("printf: usage: printf [-v var] format [arguments]")
      return 2
    }
    format = unescape(format)
    var arguments = Array(context.arguments.dropFirst())
    var result = ""
    repeat {
      var characters = Array(format)
      var index = 0
      while index < characters.count {
        if characters[index] == "%", index + 1 < characters.count {
          let spec = characters[index + 1]
          index += 2
          switch spec {
          case "s", "d", "i":
            result += arguments.isEmpty ? (spec == "s" ? "" : "0") : arguments.removeFirst()
          case "%": result += "%"
          default: result.append("%"); result.append(spec)
          }
          continue
        }
        result.append(characters[index])
        index += 1
      }
      characters = []
    } while !arguments.isEmpty
    context.output.out(result)
    return 0
  }

  static func cat(_ context: inout ToolContext) -> Int32 {
    let options = Options(
      context.arguments,
      long: ["show-all": "A", "show-ends": "E", "show-tabs": "T", "show-nonprinting": "v", "number": "n"])
    if let error = options.error { context.fail(error); return 1 }
    if let unknown = options.flags.first(where: { !"AETvetn".contains($0) }) {
      context.output.errorLine("cat: invalid option -- '\(unknown)'")
      context.output.errorLine("Try 'cat --help' for more information.")
      return 1
    }
    guard let inputs = context.inputs(options.operands) else { return 1 }
    var text = inputs.map(\.text).joined()
    let flags = options.flags
    // -A is -vET, -e is -vE, -t is -vT: what a candidate uses to see trailing spaces or CRLF.
    let ends = !flags.isDisjoint(with: "AEe"), tabs = !flags.isDisjoint(with: "ATt")
    let nonPrinting = !flags.isDisjoint(with: "Avet")
    if ends || tabs || nonPrinting {
      text = joinedLines(
        lines(of: text).map { line in
          shown(line, tabs: tabs, nonPrinting: nonPrinting) + (ends ? "$" : "")
        })
    }
    if options.flags.contains("n") {
      text = joinedLines(
        lines(of: text).enumerated().map { String(format: "%6d\t", $0.offset + 1) + $0.element })
    }
    context.output.out(text)
    return inputs.count == max(1, options.operands.count) ? 0 : 1
  }

  /// A line as `cat -v`/`-T` print it: `^I` for a tab, `^X` for a control byte, `M-` for a
  /// byte above 127 (so a Hangul syllable shows as three M- sequences).
  static func shown(_ line: String, tabs: Bool, nonPrinting: Bool) -> String {
    guard nonPrinting else { return tabs ? line.replacingOccurrences(of: "\t", with: "^I") : line }
    var result = ""
    for byte in line.utf8 {
      if byte == 9 {
        result += tabs ? "^I" : "\t"
        continue
      }
      var low = byte
      if byte >= 128 {
        result += "M-"
        low = byte - 128
      }
      switch low {
      case 0..<32: result += "^" + String(Unicode.Scalar(low + 64))
      case 127: result += "^?"
      default: result.unicodeScalars.append(Unicode.Scalar(low))
      }
    }
    return result
  }

  static func head(_ context: inout ToolContext) -> Int32 {
    headOrTail(&context, fromEnd: false)
  }

  static func tail(_ context: inout ToolContext) -> Int32 {
    headOrTail(&context, fromEnd: true)
  }

  static func headOrTail(_ context: inout ToolContext, fromEnd: Bool) -> Int32 {
    let options = Options(context.arguments, valued: ["n", "c"], long: ["lines": "n"])
    if let error = options.error { context.fail(error); return 1 }
    var countText = options.values["n"] ?? "10"
    var fromStart = false
    if fromEnd && countText.hasPrefix("+") { fromStart = true; countText.removeFirst() }
    guard let count = Int(countText.trimmingCharacters(in: .init(charactersIn: "-"))) else {
      context.fail("invalid number of lines: ‘\(countText)’")
      return 1
    }
    var failed = false
    let files = options.operands
    let many = files.count > 1
    for (index, file) in (files.isEmpty ? ["-"] : files).enumerated() {
      guard let text = context.readFile(file, quoteStyle: true) else { failed = true; continue }
      if many { context.output.out((index > 0 ? "\n" : "") + "==> \(file) <==\n") }
      let all = lines(of: text)
      let picked: [String]
      if fromEnd {
        picked = fromStart ? Array(all.dropFirst(max(0, count - 1))) : Array(all.suffix(count))
      } else if countText.hasPrefix("-") {
        picked = Array(all.dropLast(count))
      } else {
        picked = Array(all.prefix(count))
      }
      context.output.out(joinedLines(picked))
    }
    return failed ? 1 : 0
  }

  static func wc(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    if let error = options.error { context.fail(error); return 1 }
    guard let inputs = context.inputs(options.operands) else { return 1 }
    var selected = options.flags.intersection(["l", "w", "c", "m"])
    if selected.isEmpty { selected = ["l", "w", "c"] }
    var rows: [[Int]] = []
    for input in inputs {
      var row: [Int] = []
      if selected.contains("l") { row.append(input.text.filter { $0 == "\n" }.count) }
      if selected.contains("w") {
        row.append(input.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count)
      }
      if selected.contains("c") || selected.contains("m") { row.append(input.text.utf8.count) }
      rows.append(row)
    }
    let single = rows.count == 1 && selected.count == 1 && options.operands.isEmpty
    if single {
      context.output.line(String(rows[0][0]))
      return 0
    }
    let width = max(1, (rows.flatMap { $0 }.max() ?? 0).description.count)
    for (index, row) in rows.enumerated() {
      let numbers = row.map { String(repeating: " ", count: width - String($0).count) + String($0) }
      let name = options.operands.isEmpty ? "" : " " + inputs[index].name
      context.output.line(numbers.joined(separator: " ") + name)
    }
    if rows.count > 1 {
      let totals = (0..<rows[0].count).map { column in rows.reduce(0) { $0 + $1[column] } }
      context.output.line(
        totals.map { String(repeating: " ", count: max(0, width - String($0).count)) + String($0) }
          .joined(separator: " ") + " total")
    }
    return 0
  }

  static func sort(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments, valued: ["k", "t"])
    if let error = options.error { context.fail(error); return 2 }
    guard let inputs = context.inputs(options.operands) else { return 2 }
    var all = inputs.flatMap { lines(of: $0.text) }
    let separator = options.values["t"]
    let keyField = options.values["k"].flatMap { Int($0.split(separator: ",").first ?? "") }
    func key(_ line: String) -> String {
      guard let field = keyField else { return line }
      let parts =
        separator.map { line.components(separatedBy: $0) }
        ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      return field - 1 < parts.count ? parts[(field - 1)...].joined(separator: separator ?? " ") : ""
    }
    let numeric = options.flags.contains("n") || options.flags.contains("h")
    all.sort { lhs, rhs in
      let a = key(lhs)
      let b = key(rhs)
      if numeric {
        let x = Double(a.prefix { $0.isNumber || $0 == "." || $0 == "-" }) ?? 0
        let y = Double(b.prefix { $0.isNumber || $0 == "." || $0 == "-" }) ?? 0
        if x != y { return x < y }
      }
      return a == b ? lhs < rhs : a < b
    }
    if options.flags.contains("r") { all.reverse() }
    if options.flags.contains("u") {
      var seen: Set<String> = []
      all = all.filter { seen.insert($0).inserted }
    }
    context.output.out(joinedLines(all))
    return 0
  }

  static func uniq(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    guard let inputs = context.inputs(Array(options.operands.prefix(1))) else { return 1 }
    var groups: [(String, Int)] = []
    for line in lines(of: inputs.map(\.text).joined()) {
      if let last = groups.last, last.0 == line {
        groups[groups.count - 1].1 += 1
      } else {
        groups.append((line, 1))
      }
    }
    let counted = options.flags.contains("c")
    context.output.out(
      joinedLines(
        groups.map {
          counted ? String(repeating: " ", count: max(0, 7 - String($0.1).count)) + "\($0.1) \($0.0)" : $0.0
        }))
    return 0
  }

  static func cut(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments, valued: ["d", "f", "c"])
    if let error = options.error { context.fail(error); return 1 }
    guard let fieldList = options.values["f"] ?? options.values["c"] else {
      context.fail("you must specify a list of bytes, characters, or fields")
      return 1
    }
    var wanted: [ClosedRange<Int>] = []
    for part in fieldList.split(separator: ",") {
      let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
      let low = Int(bounds.first ?? "") ?? 1
      let high = bounds.count > 1 ? (Int(bounds[1]) ?? Int.max) : low
      guard low >= 1, low <= high else {
        context.fail("invalid field value ‘\(part)’")
        return 1
      }
      wanted.append(low...high)
    }
    guard let inputs = context.inputs(options.operands) else { return 1 }
    let delimiter = options.values["d"] ?? "\t"
    var result: [String] = []
    for line in lines(of: inputs.map(\.text).joined()) {
      if options.values["c"] != nil {
        let characters = Array(line)
        result.append(
          String(characters.enumerated().filter { item in wanted.contains { $0.contains(item.offset + 1) } }.map(\.element)))
        continue
      }
      let parts = line.components(separatedBy: delimiter)
      if parts.count == 1 { result.append(line); continue }
      result.append(
        parts.enumerated().filter { item in wanted.contains { $0.contains(item.offset + 1) } }
          .map(\.element).joined(separator: delimiter))
    }
    context.output.out(joinedLines(result))
    return 0
  }

  static func tr(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    func expandSet(_ text: String) -> [Character] {
      let characters = Array(unescape(text))
      var result: [Character] = []
      var index = 0
      while index < characters.count {
        if index + 2 < characters.count, characters[index + 1] == "-",
          let low = characters[index].unicodeScalars.first?.value,
          let high = characters[index + 2].unicodeScalars.first?.value, low <= high
        {
          result += (low...high).compactMap { Unicode.Scalar($0).map(Character.init) }
          index += 3
        } else {
          result.append(characters[index])
          index += 1
        }
      }
      return result
    }
    let text = context.stdin ?? ""
    if options.flags.contains("d"), let set = options.operands.first {
      let removed = Set(expandSet(set))
      context.output.out(String(text.filter { !removed.contains($0) }))
      return 0
    }
    guard options.operands.count == 2 else {
      context.fail("missing operand")
      return 1
    }
    let from = expandSet(options.operands[0])
    let to = expandSet(options.operands[1])
    var map: [Character: Character] = [:]
    for (index, character) in from.enumerated() where !to.isEmpty {
      map[character] = to[min(index, to.count - 1)]
    }
    context.output.out(String(text.map { map[$0] ?? $0 }))
    return 0
  }

  static func tee(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments)
    let text = context.stdin ?? ""
    var code: Int32 = 0
    for file in options.operands {
      guard let path = context.shell.resolvePath(file) else { continue }
      do {
        try context.shell.files.write(path, text, append: options.flags.contains("a"))
      } catch {
        context.fail("\(file): \(error.text)")
        code = 1
      }
    }
    context.output.out(text)
    return code
  }

  static func base64(_ context: inout ToolContext) -> Int32 {
    let options = Options(context.arguments, long: ["decode": "d"])
    guard let inputs = context.inputs(options.operands) else { return 1 }
    let text = inputs.map(\.text).joined()
    if options.flags.contains("d") {
      let cleaned = text.filter { !$0.isWhitespace }
      guard let data = Data(base64Encoded: cleaned) else {
        context.fail("invalid input")
        return 1
      }
      context.output.out(String(decoding: data, as: UTF8.self))
    } else {
      let encoded = Data(text.utf8).base64EncodedString()
      var wrapped: [String] = []
      var rest = Substring(encoded)
      while !rest.isEmpty {
        wrapped.append(String(rest.prefix(76)))
        rest = rest.dropFirst(76)
      }
      context.output.out(joinedLines(wrapped.isEmpty ? [""] : wrapped))
    }
    return 0
  }
}
