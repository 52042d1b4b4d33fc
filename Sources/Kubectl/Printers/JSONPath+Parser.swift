extension JSONPath {
  /// Turns template text into nodes, following the grammar and error texts of kubectl's
  /// `k8s.io/client-go/util/jsonpath` parser.
  struct TemplateParser {
    private let input: [Unicode.Scalar]
    private var position = 0

    private init(_ text: String) { input = Array(text.unicodeScalars) }

    /// The top-level nodes of `text`: literal text and one `.list` per action.
    static func parse(_ text: String) throws(Failure) -> [Node] {
      var parser = TemplateParser(text)
      return try parser.parseTemplate()
    }

    /// The nodes of a single action `{text}`, as the parser re-reads union members,
    /// quoted keys and filter operands.
    static func parseAction(_ text: String) throws(Failure) -> [Node] {
      guard case .list(let nodes) = try parse("{\(text)}").first else { return [] }
      return nodes
    }

    // MARK: Text and actions

    private mutating func parseTemplate() throws(Failure) -> [Node] {
      var nodes: [Node] = []
      var textStart = 0
      while position < input.count {
        guard input[position] == "{" else {
          position += 1
          continue
        }
        if position > textStart { nodes.append(.text(string(textStart..<position))) }
        position += 1
        nodes.append(.list(try parseActionBody()))
        textStart = position
      }
      if position > textStart { nodes.append(.text(string(textStart..<position))) }
      return nodes
    }

    /// Reads the inside of an action up to and including its closing brace.
    private mutating func parseActionBody() throws(Failure) -> [Node] {
      var nodes: [Node] = []
      while true {
        if hasPrefix("}") {
          position += 1
          return nodes
        }
        if hasPrefix("[?(") {
          nodes.append(try parseFilter())
          continue
        }
        if hasPrefix("..") {
          if nodes.last == .recursive { throw Failure("invalid multiple recursive descent") }
          position += 2
          nodes.append(.recursive)
          if let next = peek(), Self.isAlphanumeric(next) { nodes.append(parseField()) }
          continue
        }
        guard let scalar = next(), scalar != "\r", scalar != "\n" else {
          throw Failure("unclosed action")
        }
        let isDigit = scalar.properties.generalCategory == .decimalNumber
        switch scalar {
        case " ", "@", "$":
          continue
        case "[":
          nodes.append(contentsOf: try parseSubscript())
        case "\"", "'":
          nodes.append(try parseQuoted(closingWith: scalar))
        case ".":
          nodes.append(parseField())
        case _ where scalar == "+" || scalar == "-" || isDigit:
          position -= 1
          nodes.append(try parseNumber())
        case _ where Self.isAlphanumeric(scalar):
          position -= 1
          nodes.append(parseIdentifier())
        default:
          throw Failure("unrecognized character in action: \(GoFormat.codePoint(scalar))")
        }
      }
    }

    // MARK: Words and literals

    /// A field name after `.`; backslashes escape terminators and are then dropped.
    private mutating func parseField() -> Node {
      let start = position
      while let scalar = next() {
        if scalar == "\\" {
          _ = next()
        } else if Self.isTerminator(scalar) {
          position -= 1
          break
        }
      }
      let name = input[start..<position]
      if Array(name) == ["*"] { return .wildcard }
      return .field(Self.string(name.filter { $0 != "\\" }))
    }

    private mutating func parseIdentifier() -> Node {
      let start = position
      while let scalar = next() {
        if Self.isTerminator(scalar) {
          position -= 1
          break
        }
      }
      let word = string(start..<position)
      switch word {
      case "true": return .boolean(true)
      case "false": return .boolean(false)
      default: return .identifier(word)
      }
    }

    private mutating func parseNumber() throws(Failure) -> Node {
      let start = position
      if peek() == "+" || peek() == "-" { position += 1 }
      while let scalar = peek(),
        scalar == "." || scalar.properties.generalCategory == .decimalNumber
      {
        position += 1
      }
      let text = string(start..<position)
      if let integer = Int(text) { return .integer(integer) }
      if let float = Double(text), float.isFinite { return .float(float) }
      throw Failure("cannot parse number \(text)")
    }

    private mutating func parseQuoted(closingWith quote: Unicode.Scalar) throws(Failure) -> Node {
      let start = position - 1
      while true {
        guard let scalar = next(), scalar != "\n" else {
          throw Failure("unterminated quoted string")
        }
        if scalar == quote && input[position - 2] != "\\" { break }
      }
      let literal = string(start..<position)
      guard let text = GoFormat.unquoted(literal) else {
        throw Failure("unquote string \(literal) error invalid syntax")
      }
      return .text(text)
    }

    // MARK: Subscripts and filters

    /// `[...]` after its opening bracket: a union, a quoted key, or a slice.
    private mutating func parseSubscript() throws(Failure) -> [Node] {
      let start = position
      while true {
        guard let scalar = next(), scalar != "\n" else { throw Failure("unterminated array") }
        if scalar == "]" { break }
      }
      var text = string(start..<(position - 1))
      if text == "*" { text = ":" }

      let members = text.split(separator: ",", omittingEmptySubsequences: false)
      if members.count > 1 {
        var lists: [[Node]] = []
        for member in members {
          lists.append(try Self.parseAction("[\(member.trimmingSpaces())]"))
        }
        return [.union(lists)]
      }
      if text.count >= 2, text.first == "'", text.last == "'" {
        let key = text.dropFirst().dropLast()
        if !key.contains("'") { return try Self.parseAction(".\(key)") }
      }
      return [.slice(try Self.slice(from: text))]
    }

    /// Reads `start:end:step` as kubectl's pattern `^(-?\d*)(:-?\d*)?(:-?\d*)?$` does.
    private static func slice(from text: String) throws(Failure) -> Slice {
      let parts = text.split(separator: ":", omittingEmptySubsequences: false)
      let isBound = { (part: Substring) -> Bool in
        let digits = part.first == "-" ? part.dropFirst() : part
        return digits.allSatisfy { $0.isASCII && $0.isNumber }
      }
      guard parts.count <= 3, parts.allSatisfy(isBound) else {
        throw Failure("invalid array index \(text)")
      }
      func bound(_ index: Int) throws(Failure) -> Int? {
        guard index < parts.count, !parts[index].isEmpty else { return nil }
        guard let value = Int(parts[index]) else {
          throw Failure("array index \(parts[index]) is not a number")
        }
        return value
      }
      let start = try bound(0)
      let end: Slice.End
      if parts.count == 1 {
        end = .derived((start ?? 0) + 1)
      } else if let given = try bound(1) {
        end = .given(given)
      } else {
        end = .open
      }
      return Slice(start: start, end: end, step: try bound(2))
    }

    /// `[?(...)]` from its opening bracket, split on the first run of comparison characters.
    private mutating func parseFilter() throws(Failure) -> Node {
      position += 3
      let start = position
      var openingQuote: Unicode.Scalar?
      var quoteClosed = false
      while true {
        guard let scalar = next(), scalar != "\n" else { throw Failure("unterminated filter") }
        if scalar == "\"" || scalar == "'" {
          if let opening = openingQuote {
            if scalar == opening && input[position - 2] != "\\" { quoteClosed = true }
          } else {
            openingQuote = scalar
          }
        } else if scalar == ")", (openingQuote != nil) == quoteClosed {
          break
        }
      }
      guard next() == "]" else { throw Failure("unclosed array expect ]") }
      let text = Array(input[start..<(position - 2)])

      let isOperator = { (scalar: Unicode.Scalar) in "!<>=".unicodeScalars.contains(scalar) }
      guard let opStart = text.firstIndex(where: isOperator), opStart > 0 else {
        return .filter(left: try Self.parseAction(Self.string(text)), op: "exists", right: [])
      }
      var opEnd = text[opStart...].firstIndex { !isOperator($0) } ?? text.count
      if opEnd == text.count { opEnd -= 1 }  // the right operand needs at least one character
      guard opEnd > opStart else {
        return .filter(left: try Self.parseAction(Self.string(text)), op: "exists", right: [])
      }
      return .filter(
        left: try Self.parseAction(Self.string(text[..<opStart])),
        op: Self.string(text[opStart..<opEnd]),
        right: try Self.parseAction(Self.string(text[opEnd...])))
    }

    // MARK: Scanning

    private mutating func next() -> Unicode.Scalar? {
      guard position < input.count else { return nil }
      position += 1
      return input[position - 1]
    }

    private func peek() -> Unicode.Scalar? {
      position < input.count ? input[position] : nil
    }

    private func hasPrefix(_ prefix: String) -> Bool {
      let scalars = Array(prefix.unicodeScalars)
      guard position + scalars.count <= input.count else { return false }
      return Array(input[position..<(position + scalars.count)]) == scalars
    }

    private func string(_ range: Range<Int>) -> String { Self.string(input[range]) }

    private static func string<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      return text
    }

    /// Characters that end a field name or a word inside an action.
    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
      " \t\r\n.,[]$@{}".unicodeScalars.contains(scalar)
    }

    /// Go's `_`, `unicode.IsLetter` or `unicode.IsDigit`.
    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .decimalNumber:
        return true
      default:
        return scalar == "_"
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces (Go's `strings.Trim(s, " ")`).
  fileprivate func trimmingSpaces() -> Substring {
    let text = Substring(self)
    guard let first = text.firstIndex(where: { $0 != " " }) else { return "" }
    let last = text.lastIndex(where: { $0 != " " })!
    return text[first...last]
  }
}
