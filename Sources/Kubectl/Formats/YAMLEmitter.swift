import ClusterSim

/// Renders a `JSONValue` as the YAML text `kubectl get -o yaml` prints.
///
/// kubectl turns the object into JSON and the JSON into YAML with go-yaml v2, so the text
/// follows that emitter: keys in go-yaml's natural order, block style with sequences not
/// indented under their key, `{}` and `[]` for empty collections, strings quoted only when
/// they would read back as another type, long lines folded after column 80.
///
/// ```swift
/// YAMLEmitter().rendered(["ports": [["port": 80]], "name": "80"])
/// // name: "80"
/// // ports:
/// // - port: 80
/// ```
public struct YAMLEmitter: Sendable {
  /// An emitter with go-yaml v2's settings: indent 2, preferred width 80, Unicode as is.
  public init() {}

  /// The YAML text of `value`, ending with a newline.
  ///
  /// NB: kubectl fails with `yaml: control characters are not allowed` on a string holding
  /// U+007F–U+009F (but U+0085), U+FFFE or U+FFFF; this writes them escaped instead.
  public func rendered(_ value: JSONValue) -> String {
    var writer = YAMLWriter()
    writer.emitNode(value, mappingContext: false, simpleKey: false)
    writer.writeIndent()
    return writer.text
  }
}

/// The state of go-yaml's emitter while it writes one document in block style.
struct YAMLWriter {
  private(set) var text = ""
  private var column = 0
  private var indent = -1
  private var whitespace = true
  private var indention = true
  private let bestIndent = 2
  private let bestWidth = 80

  mutating func emitNode(_ value: JSONValue, mappingContext: Bool, simpleKey: Bool) {
    switch value {
    case .null: emitPlain("null", simpleKey: simpleKey)
    case .bool(let flag): emitPlain(flag ? "true" : "false", simpleKey: simpleKey)
    case .int(let number): emitPlain(String(number), simpleKey: simpleKey)
    case .double(let number): emitPlain(Self.yamlNumber(number), simpleKey: simpleKey)
    case .string(let string): emitString(string, simpleKey: simpleKey)
    case .array(let items) where items.isEmpty: emitEmptyFlow("[", "]")
    case .object(let members) where members.isEmpty: emitEmptyFlow("{", "}")
    case .array(let items):
      let outer = indent
      increaseIndent(flow: false, indentless: mappingContext && !indention)
      for item in items {
        writeIndent()
        writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
        emitNode(item, mappingContext: false, simpleKey: false)
      }
      indent = outer
    case .object(let members):
      let outer = indent
      increaseIndent(flow: false, indentless: false)
      for key in members.keys.sorted(by: YAMLKeyOrder.precedes) {
        writeIndent()
        let analysis = ScalarAnalysis(key)
        if !analysis.multiline && key.utf8.count <= 128 {
          emitString(key, simpleKey: true)
          writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
        } else {
          writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
          emitString(key, simpleKey: false)
          writeIndent()
          writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
        }
        emitNode(members[key]!, mappingContext: true, simpleKey: false)
      }
      indent = outer
    }
  }

  /// A float64 as kubectl's JSON-then-YAML round trip prints it: one that Go's JSON spells as
  /// an integer (below 1e21) reaches YAML as that integer, the rest as go-yaml floats.
  static func yamlNumber(_ number: Double) -> String {
    if let json = GoNumberText.json(number), !json.contains(where: { $0 == "." || $0 == "e" }) {
      if let integer = Int64(json) { return String(integer) }
      if UInt64(json) != nil { return json }
    }
    return GoNumberText.yaml(number)
  }

  private mutating func emitEmptyFlow(_ open: String, _ close: String) {
    writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
    writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
  }

  private mutating func emitPlain(_ scalar: String, simpleKey: Bool) {
    let outer = indent
    increaseIndent(flow: true, indentless: false)
    writePlain(Array(scalar.unicodeScalars), allowBreaks: !simpleKey)
    indent = outer
  }

  /// A string in the style go-yaml picks: plain when it reads back as the same string,
  /// literal when it has a newline, else quoted; then narrowed by what the text allows.
  private mutating func emitString(_ string: String, simpleKey: Bool) {
    let analysis = ScalarAnalysis(string)
    var style: ScalarStyle
    if string.contains("\n") {
      style = .literal
    } else if GoYAMLResolution.readsAsString(string) {
      style = .plain
    } else {
      style = .doubleQuoted
    }
    if simpleKey && analysis.multiline { style = .doubleQuoted }
    if style == .plain && (!analysis.blockPlainAllowed || (string.isEmpty && simpleKey)) {
      style = .singleQuoted
    }
    if style == .singleQuoted && !analysis.singleQuotedAllowed { style = .doubleQuoted }
    if style == .literal && (!analysis.blockAllowed || simpleKey) { style = .doubleQuoted }

    let outer = indent
    increaseIndent(flow: true, indentless: false)
    let scalars = Array(string.unicodeScalars)
    switch style {
    case .plain: writePlain(scalars, allowBreaks: !simpleKey)
    case .singleQuoted: writeSingleQuoted(scalars, allowBreaks: !simpleKey)
    case .doubleQuoted: writeDoubleQuoted(scalars, allowBreaks: !simpleKey)
    case .literal: writeLiteral(scalars)
    }
    indent = outer
  }

  // MARK: - Low-level writing

  private mutating func put(_ scalar: Unicode.Scalar) {
    text.unicodeScalars.append(scalar)
    column += 1
  }

  private mutating func putBreak() {
    text += "\n"
    column = 0
  }

  /// A line break from the value: `\n` as the emitter's newline, others as they are.
  private mutating func writeBreak(_ scalar: Unicode.Scalar) {
    if scalar == "\n" {
      putBreak()
    } else {
      text.unicodeScalars.append(scalar)
      column = 0
    }
  }

  mutating func writeIndent() {
    let target = max(indent, 0)
    if !indention || column > target || (column == target && !whitespace) { putBreak() }
    while column < target { put(" ") }
    whitespace = true
    indention = true
  }

  private mutating func writeIndicator(
    _ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool
  ) {
    if needWhitespace && !whitespace { put(" ") }
    for scalar in indicator.unicodeScalars { put(scalar) }
    whitespace = isWhitespace
    indention = indention && isIndention
  }

  private mutating func increaseIndent(flow: Bool, indentless: Bool) {
    if indent < 0 {
      indent = flow ? bestIndent : 0
    } else if !indentless {
      indent += bestIndent
    }
  }

  /// Whether a space at `index` may become a line break (the line is past the width).
  private func mayFold(_ scalars: [Unicode.Scalar], at index: Int, spaces: Bool) -> Bool {
    !spaces && column > bestWidth && index + 1 < scalars.count && scalars[index + 1] != " "
  }

  private mutating func writePlain(_ scalars: [Unicode.Scalar], allowBreaks: Bool) {
    if !whitespace { put(" ") }
    var spaces = false
    for (index, scalar) in scalars.enumerated() {
      if scalar == " " {
        if allowBreaks && mayFold(scalars, at: index, spaces: spaces) {
          writeIndent()
        } else {
          put(scalar)
        }
        spaces = true
      } else {
        put(scalar)
        indention = false
        spaces = false
      }
    }
    whitespace = false
    indention = false
  }

  private mutating func writeSingleQuoted(_ scalars: [Unicode.Scalar], allowBreaks: Bool) {
    writeIndicator("'", needWhitespace: true, isWhitespace: false, isIndention: false)
    var spaces = false
    var breaks = false
    for (index, scalar) in scalars.enumerated() {
      if scalar == " " {
        if allowBreaks && index > 0 && mayFold(scalars, at: index, spaces: spaces) {
          writeIndent()
        } else {
          put(scalar)
        }
        spaces = true
      } else if ScalarAnalysis.isBreak(scalar) {
        if !breaks && scalar == "\n" { putBreak() }
        writeBreak(scalar)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        if scalar == "'" { put("'") }
        put(scalar)
        indention = false
        spaces = false
        breaks = false
      }
    }
    writeIndicator("'", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  private mutating func writeDoubleQuoted(_ scalars: [Unicode.Scalar], allowBreaks: Bool) {
    writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
    // NB: go-yaml looks for a byte order mark at the start of the whole value, not at each
    // character, so one leading U+FEFF escapes every character of the string.
    let escapesAll = scalars.first == "\u{FEFF}"
    var spaces = false
    for (index, scalar) in scalars.enumerated() {
      if escapesAll || !ScalarAnalysis.isPrintable(scalar) || ScalarAnalysis.isBreak(scalar)
        || scalar == "\"" || scalar == "\\"
      {
        put("\\")
        for escaped in Self.escape(scalar).unicodeScalars { put(escaped) }
        spaces = false
      } else if scalar == " " {
        if allowBreaks && !spaces && column > bestWidth && index > 0
          && index < scalars.count - 1
        {
          writeIndent()
          if scalars[index + 1] == " " { put("\\") }
        } else {
          put(scalar)
        }
        spaces = true
      } else {
        put(scalar)
        spaces = false
      }
    }
    writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    whitespace = false
    indention = false
  }

  /// The escape for `scalar` after the backslash, as go-yaml writes it.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x00: return "0"
    case 0x07: return "a"
    case 0x08: return "b"
    case 0x09: return "t"
    case 0x0A: return "n"
    case 0x0B: return "v"
    case 0x0C: return "f"
    case 0x0D: return "r"
    case 0x1B: return "e"
    case 0x22: return "\""
    case 0x5C: return "\\"
    case 0x85: return "N"
    case 0xA0: return "_"
    case 0x2028: return "L"
    case 0x2029: return "P"
    case let value where value <= 0xFF: return "x" + hex(value, width: 2, uppercase: true)
    case let value where value <= 0xFFFF: return "u" + hex(value, width: 4, uppercase: true)
    case let value: return "U" + hex(value, width: 8, uppercase: true)
    }
  }

  private mutating func writeLiteral(_ scalars: [Unicode.Scalar]) {
    writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
    if let first = scalars.first, first == " " || ScalarAnalysis.isBreak(first) {
      writeIndicator(
        String(bestIndent), needWhitespace: false, isWhitespace: false,
        isIndention: false)
    }
    let last = scalars.count - 1
    var chomp = ""
    if last < 0 || !ScalarAnalysis.isBreak(scalars[last]) {
      chomp = "-"
    } else if last == 0 || ScalarAnalysis.isBreak(scalars[last - 1]) {
      chomp = "+"
    }
    if !chomp.isEmpty {
      writeIndicator(chomp, needWhitespace: false, isWhitespace: false, isIndention: false)
    }
    putBreak()
    indention = true
    whitespace = true
    var breaks = true
    for scalar in scalars {
      if ScalarAnalysis.isBreak(scalar) {
        writeBreak(scalar)
        indention = true
        breaks = true
      } else {
        if breaks { writeIndent() }
        put(scalar)
        indention = false
        breaks = false
      }
    }
  }
}

/// The scalar styles go-yaml picks among for a string.
enum ScalarStyle {
  case plain, singleQuoted, doubleQuoted, literal
}

/// What go-yaml's emitter learns from a string before it picks a style for it.
struct ScalarAnalysis {
  var multiline = false
  var blockPlainAllowed = true
  var singleQuotedAllowed = true
  var blockAllowed = true

  init(_ string: String) {
    let scalars = Array(string.unicodeScalars)
    guard !scalars.isEmpty else {
      blockAllowed = false
      return
    }
    var indicators = false
    var lineBreaks = false
    var special = false
    var leadingOrTrailing = false
    var trailingSpace = false
    var breakThenSpace = false
    var spaceThenBreak = false
    var precededByWhitespace = true
    var previousSpace = false
    var previousBreak = false
    if string.hasPrefix("---") || string.hasPrefix("...") { indicators = true }
    for (index, scalar) in scalars.enumerated() {
      let isLast = index == scalars.count - 1
      let followedByWhitespace = isLast || scalars[index + 1] == " " || scalars[index + 1] == "\t"
      if index == 0 {
        switch scalar {
        case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
          indicators = true
        case "?", ":", "-": if followedByWhitespace { indicators = true }
        default: break
        }
      } else if (scalar == ":" && followedByWhitespace) || (scalar == "#" && precededByWhitespace) {
        indicators = true
      }
      if !Self.isPrintable(scalar) { special = true }
      if scalar == " " {
        if index == 0 || isLast { leadingOrTrailing = true }
        if isLast { trailingSpace = true }
        if previousBreak { breakThenSpace = true }
        previousSpace = true
        previousBreak = false
      } else if Self.isBreak(scalar) {
        lineBreaks = true
        if index == 0 || isLast { leadingOrTrailing = true }
        if previousSpace { spaceThenBreak = true }
        previousSpace = false
        previousBreak = true
      } else {
        previousSpace = false
        previousBreak = false
      }
      precededByWhitespace =
        scalar == " " || scalar == "\t" || scalar == "\0"
        || Self.isBreak(scalar)
    }
    multiline = lineBreaks
    if leadingOrTrailing || lineBreaks || indicators || breakThenSpace { blockPlainAllowed = false }
    if trailingSpace { blockAllowed = false }
    if breakThenSpace { singleQuotedAllowed = false }
    if spaceThenBreak || special {
      blockPlainAllowed = false
      singleQuotedAllowed = false
      blockAllowed = false
    }
  }

  /// The characters YAML treats as line breaks.
  static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// Whether go-yaml's emitter writes `scalar` as is (only within the Basic Multilingual
  /// Plane, and never a tab).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: return true
    case 0xE000...0xFFFD: return scalar.value != 0xFEFF
    default: return false
    }
  }
}

/// The order in which go-yaml v2 sorts the keys of a map: runs of digits compare as
/// numbers, and a non-letter sorts before a letter.
///
/// NB: the order is not transitive for some keys (`a10` < `a1b` < `a01` < `a9` < `a10`);
/// go-yaml then sorts them from Go's random map order, so kubectl's own output varies.
enum YAMLKeyOrder {
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    for index in 0..<min(left.count, right.count) where left[index] != right[index] {
      let leftIsLetter = isLetter(left[index])
      let rightIsLetter = isLetter(right[index])
      if leftIsLetter && rightIsLetter { return left[index] < right[index] }
      if leftIsLetter || rightIsLetter { return rightIsLetter }
      var leftNumber: Int64 = 0
      var rightNumber: Int64 = 0
      if left[index] == "0" || right[index] == "0" {
        // NB: a zero inside a longer number that started earlier counts as non-zero.
        var back = index - 1
        while back >= 0 && isDigit(left[back]) {
          if left[back] != "0" {
            leftNumber = 1
            rightNumber = 1
            break
          }
          back -= 1
        }
      }
      var leftEnd = index
      while leftEnd < left.count && isDigit(left[leftEnd]) {
        leftNumber = leftNumber &* 10 &+ (Int64(left[leftEnd].value) &- 48)
        leftEnd += 1
      }
      var rightEnd = index
      while rightEnd < right.count && isDigit(right[rightEnd]) {
        rightNumber = rightNumber &* 10 &+ (Int64(right[rightEnd].value) &- 48)
        rightEnd += 1
      }
      if leftNumber != rightNumber { return leftNumber < rightNumber }
      if leftEnd != rightEnd { return leftEnd < rightEnd }
      return left[index] < right[index]
    }
    return left.count < right.count
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default:
      return false
    }
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .decimalNumber
  }
}
