import ClusterSim
import Foundation
import Yams

#if canImport(CYaml)
  import CYaml
#endif

/// Reads a manifest file as `kubectl apply -f` and `kubectl create -f` do: YAML documents
/// separated by `---` lines, or a stream of JSON objects when the text starts with `{`.
///
/// Plain YAML scalars are typed with YAML 1.1 rules as go-yaml v2 types them (`yes` is a
/// boolean, `0755` an octal integer, `1` in a label an integer), and every document goes
/// through the same JSON round trip as in kubectl, so `1.0` becomes `1`. A `List` (or any
/// `…List` kind with `items`) yields one document for each item.
///
/// ```swift
/// let documents = try ManifestParser().documents(in: "kind: Pod\n---\nkind: Service\n")
/// documents.map(\.line)  // [1, 3]
/// ```
public struct ManifestParser: Sendable {
  /// One object read from the file.
  public struct Document: Equatable, Sendable {
    /// The object, as kubectl would send it to the API server.
    public var value: JSONValue
    /// The 1-based line of the file on which the object starts.
    public var line: Int

    /// A document read from `line`.
    public init(value: JSONValue, line: Int) {
      self.value = value
      self.line = line
    }
  }

  /// Why the file could not be read, worded as kubectl words it after `error parsing FILE: `.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text kubectl prints, e.g. `error converting YAML to JSON: yaml: line 5: …`.
    public var message: String
    /// The 1-based line of the file where the problem is, when known.
    public var line: Int?

    /// An error with kubectl's `message` about the given file `line`.
    public init(message: String, line: Int?) {
      self.message = message
      self.line = line
    }

    /// The message, as kubectl prints it.
    public var description: String { message }
  }

  /// What a file held before its first error, and that error: kubectl acts on the objects
  /// before a broken document and then reports it.
  public struct Outcome: Equatable, Sendable {
    /// The objects read, in file order.
    public var documents: [Document]
    /// The error that stopped the reading, if any.
    public var error: ParseError?
  }

  /// The deepest nesting of mappings and sequences accepted (go-yaml allows 10,000). YAML
  /// deeper than 255 levels is refused whatever this says: libyaml's limit is lowered to 256
  /// so that Yams' recursion stays on the stack.
  public var maximumDepth: Int
  /// Whether a key repeated in one mapping is an error, as with sigs.k8s.io/yaml's strict
  /// mode; kubectl itself keeps the last value silently.
  public var rejectsDuplicateKeys: Bool

  /// A parser with the given limits.
  public init(maximumDepth: Int = 200, rejectsDuplicateKeys: Bool = false) {
    self.maximumDepth = maximumDepth
    self.rejectsDuplicateKeys = rejectsDuplicateKeys
  }

  /// Every object of the file, or the first error.
  public func documents(in text: String) throws(ParseError) -> [Document] {
    let outcome = parse(text)
    if let error = outcome.error { throw error }
    return outcome.documents
  }

  /// The objects of the file up to its first error, and that error.
  public func parse(_ text: String) -> Outcome {
    var documents: [Document] = []
    let isJSON = text.unicodeScalars.first { !$0.properties.isWhitespace } == "{"
    do throws(ParseError) {
      if isJSON {
        var stream = GoJSONStream(text, maximumDepth: maximumDepth)
        while let (value, line) = try stream.next() {
          if value != .null {
            documents += Self.flattened(value, line: line, itemLines: stream.itemLines)
          }
        }
      } else {
        let (chunks, separatorError) = Self.yamlChunks(of: text)
        for chunk in chunks {
          var reader = YAMLDocumentReader(
            chunk: chunk.text, firstLine: chunk.line, maximumDepth: maximumDepth,
            rejectsDuplicateKeys: rejectsDuplicateKeys)
          guard let (value, line, itemLines) = try reader.read(), value != .null else {
            continue
          }
          documents += Self.flattened(value, line: line, itemLines: itemLines)
        }
        if let separatorError { throw separatorError }
      }
    } catch {
      return Outcome(documents: documents, error: error)
    }
    return Outcome(documents: documents, error: nil)
  }

  /// The documents of a `List`: its items, each given the list's kind and version when it
  /// has neither, as kubectl does for a typed list such as `PodList`.
  static func flattened(_ value: JSONValue, line: Int, itemLines: [Int]?) -> [Document] {
    guard let kind = value["kind"]?.stringValue, kind.hasSuffix("List"),
      let items = value["items"]?.arrayValue
    else { return [Document(value: value, line: line)] }
    return items.enumerated().map { index, item in
      var item = item
      if item["kind"] == nil && item["apiVersion"] == nil, case .object = item {
        item["kind"] = .string(String(kind.dropLast(4)))
        item["apiVersion"] = value["apiVersion"]
      }
      let itemLine = itemLines.flatMap { $0.indices.contains(index) ? $0[index] : nil }
      return Document(value: item, line: itemLine ?? line)
    }
  }

  /// The text of each YAML document and the file line it starts on, split on lines that
  /// start with `---` as apimachinery's YAMLReader splits them (the separator is dropped,
  /// except a first one, which stays with its document); then the error of a separator
  /// followed by anything but a comment, which also loses the document before it.
  static func yamlChunks(of text: String) -> ([(text: String, line: Int)], ParseError?) {
    var chunks: [(text: String, line: Int)] = []
    var buffer = ""
    var bufferLine = 1
    var lineNumber = 0
    var rest = Substring(text)
    while !rest.isEmpty {
      lineNumber += 1
      let end = rest.firstIndex(of: "\n").map { rest.index(after: $0) } ?? rest.endIndex
      let line = rest[..<end]
      rest = rest[end...]
      if line.hasPrefix("---") {
        let trailer = trimmingGoSpace(line.dropFirst(3))
        if let first = trailer.first, first != "#" {
          let message = "invalid Yaml document separator: \(trailer)"
          return (chunks, ParseError(message: message, line: lineNumber))
        }
        if !buffer.isEmpty {
          chunks.append((buffer, bufferLine))
          buffer = ""
          continue
        }
      }
      if buffer.isEmpty { bufferLine = lineNumber }
      buffer += line
    }
    if !buffer.isEmpty { chunks.append((buffer, bufferLine)) }
    return (chunks, nil)
  }

  /// The text without the leading and trailing white space Go's strings.TrimSpace removes.
  private static func trimmingGoSpace(_ text: Substring) -> String {
    let scalars = Array(text.unicodeScalars)
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[start...end]))
  }
}

/// How go-yaml v2 types a scalar (YAML 1.1 rules), and how sigs.k8s.io/yaml then spells it
/// in JSON.
enum GoYAMLResolution: Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case uint(UInt64)
  case float(Double)
  case timestamp(String)
  case string(String)

  static let tagPrefix = "tag:yaml.org,2002:"

  /// Whether go-yaml writes `text` as a plain scalar: it reads back as the same string.
  static func readsAsString(_ text: String) -> Bool {
    if case .string = resolve(text, allowsTimestamp: true) { return !isBase60Float(text) }
    return false
  }

  /// The value of a scalar: plain (no tag) or with an explicit tag such as `!!int`.
  static func resolve(_ text: String, tag: String?) throws(ResolutionError) -> GoYAMLResolution {
    guard let tag else { return resolve(text, allowsTimestamp: true) }
    let name = tag.hasPrefix(tagPrefix) ? String(tag.dropFirst(tagPrefix.count)) : nil
    switch name {
    case "str": return .string(text)
    case "binary":
      guard let data = Data(base64Encoded: text.filter { $0 != "\n" && $0 != "\r" }) else {
        throw ResolutionError(message: "!!binary value contains invalid base64 data")
      }
      return .string(String(decoding: data, as: UTF8.self))
    case "bool", "int", "float", "null", "timestamp":
      let resolved = resolve(text, allowsTimestamp: name == "timestamp")
      switch (name, resolved) {
      case ("bool", .bool), ("int", .int), ("int", .uint), ("float", .float), ("null", .null),
        ("timestamp", .timestamp):
        return resolved
      case ("float", .int(let number)): return .float(Double(number))
      default:
        throw ResolutionError(
          message: "cannot decode !!\(resolved.tagName) `\(text)` as a !!\(name!)")
      }
    default: return .string(text)
    }
  }

  /// The failure of an explicit tag, without go-yaml's `yaml: ` prefix.
  struct ResolutionError: Error {
    var message: String
  }

  var tagName: String {
    switch self {
    case .null: return "null"
    case .bool: return "bool"
    case .int, .uint: return "int"
    case .float: return "float"
    case .timestamp: return "timestamp"
    case .string: return "str"
    }
  }

  /// The value of a plain scalar.
  static func resolve(_ text: String, allowsTimestamp: Bool) -> GoYAMLResolution {
    switch text {
    case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
    case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
      return .bool(false)
    case "", "~", "null", "Null", "NULL": return .null
    case ".nan", ".NaN", ".NAN": return .float(.nan)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
    default: break
    }
    guard let first = text.utf8.first else { return .null }
    if first == UInt8(ascii: ".") {
      if let number = decimalFloat(text) { return .float(number) }
      return .string(text)
    }
    guard first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || (48...57).contains(first)
    else { return .string(text) }
    if allowsTimestamp && GoTimestamp.matches(text) { return .timestamp(text) }
    let plain = text.filter { $0 != "_" }
    if let parsed = GoInteger.parse(plain) {
      if parsed.negative {
        if parsed.magnitude <= UInt64(Int64.max) { return .int(-Int64(parsed.magnitude)) }
        if parsed.magnitude == UInt64(Int64.max) + 1 { return .int(.min) }
      } else if let exact = Int64(exactly: parsed.magnitude) {
        return .int(exact)
      } else if first != UInt8(ascii: "+") {
        // NB: Go's ParseUint, tried after ParseInt overflows, takes no sign.
        return .uint(parsed.magnitude)
      }
    }
    if let number = decimalFloat(plain) { return .float(number) }
    return .string(text)
  }

  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` read as a finite float64.
  static func decimalFloat(_ text: String) -> Double? {
    var bytes = Array(text.utf8)[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    let isDigit = { (byte: UInt8) in (48...57).contains(byte) }
    let whole = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(whole)
    var fraction = 0
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      fraction = bytes.prefix(while: isDigit).count
      bytes = bytes.dropFirst(fraction)
      if whole == 0 && fraction == 0 { return nil }
    } else if whole == 0 {
      return nil
    }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      let exponent = bytes.prefix(while: isDigit).count
      if exponent == 0 { return nil }
      bytes = bytes.dropFirst(exponent)
    }
    guard bytes.isEmpty, let number = Double(text), number.isFinite else { return nil }
    return number
  }

  /// Sexagesimal numbers such as `1:20`, which go-yaml quotes for YAML 1.1 readers.
  static func isBase60Float(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    let isDigit = { (byte: UInt8) in (48...57).contains(byte) }
    guard let first = bytes.first, isDigit(first) else { return false }
    bytes = bytes.drop { isDigit($0) || $0 == UInt8(ascii: "_") }
    var groups = 0
    while bytes.first == UInt8(ascii: ":") {
      bytes = bytes.dropFirst()
      let digits = bytes.prefix(while: isDigit)
      guard digits.count == 1 || (digits.count == 2 && digits.first! <= UInt8(ascii: "5")) else {
        return false
      }
      bytes = bytes.dropFirst(digits.count)
      groups += 1
    }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst().drop { isDigit($0) || $0 == UInt8(ascii: "_") }
    }
    return groups > 0 && bytes.isEmpty
  }
}

/// Integers as Go's `strconv.ParseInt(text, 0, 64)` reads them: a sign, then `0x`, `0o`,
/// `0b` or a leading `0` (octal) for the base.
enum GoInteger {
  static func parse(_ text: String) -> (negative: Bool, magnitude: UInt64)? {
    var bytes = Array(text.utf8)[...]
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    guard !bytes.isEmpty else { return nil }
    var radix: UInt64 = 10
    if bytes.first == UInt8(ascii: "0") {
      let marker = bytes.count >= 3 ? bytes[bytes.startIndex + 1] | 0x20 : 0
      switch marker {
      case UInt8(ascii: "x"): radix = 16
      case UInt8(ascii: "o"): radix = 8
      case UInt8(ascii: "b"): radix = 2
      default: radix = 8
      }
      bytes = bytes.dropFirst(radix == 8 && marker != UInt8(ascii: "o") ? 1 : 2)
    }
    var magnitude: UInt64 = 0
    for byte in bytes {
      let digit: UInt64
      switch byte {
      case 48...57: digit = UInt64(byte - 48)
      case 97...102: digit = UInt64(byte - 87)
      case 65...70: digit = UInt64(byte - 55)
      default: return nil
      }
      guard digit < radix else { return nil }
      let (shifted, overflow) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, carry) = shifted.addingReportingOverflow(digit)
      if overflow || carry { return nil }
      magnitude = sum
    }
    return (negative, magnitude)
  }
}

/// The timestamps go-yaml v2 recognises (`2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00`,
/// the same with `t` or a space and no zone), which it leaves as strings but quotes.
enum GoTimestamp {
  static func matches(_ text: String) -> Bool {
    var rest = Array(text.utf8)[...]
    guard rest.prefix(4).allSatisfy({ (48...57).contains($0) }), rest.count > 4,
      rest[rest.startIndex + 4] == UInt8(ascii: "-")
    else { return false }
    let year = Int(String(decoding: rest.prefix(4), as: UTF8.self))!
    rest = rest.dropFirst(5)
    guard let month = number(&rest, within: 1...12), literal("-", &rest),
      let day = number(&rest, within: 1...31), day <= daysIn(month: month, year: year)
    else { return false }
    guard let separator = rest.first else { return true }
    rest = rest.dropFirst()
    let zoned = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
    // NB: a space in a Go time layout matches any run of spaces.
    if separator == UInt8(ascii: " ") { rest = rest.drop { $0 == UInt8(ascii: " ") } }
    guard zoned || separator == UInt8(ascii: " "),
      number(&rest, within: 0...23) != nil, literal(":", &rest),
      number(&rest, within: 0...59) != nil, literal(":", &rest),
      number(&rest, within: 0...59) != nil
    else { return false }
    if rest.count >= 2, rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ","),
      (48...57).contains(rest[rest.startIndex + 1])
    {
      rest = rest.dropFirst().drop { (48...57).contains($0) }
    }
    guard zoned else { return rest.isEmpty }
    guard let sign = rest.first else { return false }
    if sign == UInt8(ascii: "Z") { return rest.count == 1 }
    let zone = Array(rest)
    guard zone.count == 6, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
      zone[3] == UInt8(ascii: ":"),
      [1, 2, 4, 5].allSatisfy({ (48...57).contains(zone[$0]) })
    else { return false }
    return (zone[1] - 48) * 10 + zone[2] - 48 <= 24 && (zone[4] - 48) * 10 + zone[5] - 48 <= 60
  }

  /// One or two digits, as Go's time package reads a non-padded field.
  private static func number(_ rest: inout ArraySlice<UInt8>, within range: ClosedRange<Int>)
    -> Int?
  {
    let digits = rest.prefix(2).prefix { (48...57).contains($0) }
    guard !digits.isEmpty else { return nil }
    rest = rest.dropFirst(digits.count)
    let value = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    return range.contains(value) ? value : nil
  }

  private static func literal(_ character: Unicode.Scalar, _ rest: inout ArraySlice<UInt8>)
    -> Bool
  {
    guard rest.first == UInt8(ascii: character) else { return false }
    rest = rest.dropFirst()
    return true
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// One YAML document read with Yams and converted as sigs.k8s.io/yaml's YAMLToJSON converts
/// it: go-yaml v2 types, merge keys, map keys turned into strings, then a JSON round trip.
struct YAMLDocumentReader {
  typealias ParseError = ManifestParser.ParseError
  let chunk: String
  let firstLine: Int
  let maximumDepth: Int
  let rejectsDuplicateKeys: Bool
  private var decodeCount = 0
  private var aliasCount = 0
  private var aliasDepth = 0
  private var anchorsSeen = Set<ObjectIdentifier>()
  private var duplicates: [(line: Int, key: String)] = []

  init(chunk: String, firstLine: Int, maximumDepth: Int, rejectsDuplicateKeys: Bool) {
    self.chunk = chunk
    self.firstLine = firstLine
    self.maximumDepth = maximumDepth
    self.rejectsDuplicateKeys = rejectsDuplicateKeys
  }

  /// The tag Yams gives a plain scalar once it has resolved it (it does so for mapping keys,
  /// to compare them); go-yaml's typing is applied afterwards.
  private static let plainTag = Tag.Name(rawValue: "tag:kubetutor.invalid,2026:plain")
  private static let resolver = try! Resolver.basic.appending(plainTag, "^")

  /// libyaml's nesting limit, lowered once so that Yams, which recurses at each level, stays
  /// well inside a thread's stack (512 KiB for a secondary thread).
  private static let nestingLimit: Void = {
    #if canImport(CYaml)
      yaml_set_max_nest_level(256)
    #endif
  }()

  /// The document's value, the file lines of the document and of its `items`, or nil when
  /// the document is empty.
  mutating func read() throws(ParseError) -> (JSONValue, Int, [Int]?)? {
    _ = Self.nestingLimit
    if Self.mayHashAnExpandedAlias(chunk) {
      throw failure("yaml: document contains excessive aliasing", line: nil)
    }
    var text = chunk
    var renaming = 0
    while true {
      let parser: Yams.Parser
      let root: Yams.Node
      do {
        parser = try Yams.Parser(yaml: text, resolver: Self.resolver)
        guard let node = try parser.nextRoot() else { return nil }
        root = node
      } catch YamlError.duplicatedKeysInMapping(let keys, let context) {
        // NB: Yams refuses a repeated key outright. Renaming its first occurrence and parsing
        // again lets the repeat be found and handled as go-yaml handles it.
        guard renaming < 100, let renamed = Self.renamingKey(at: context.mark, in: text, renaming)
        else { throw duplicateKeyError([(context.mark.line, GoSyntax.quoted(keys[0]))]) }
        text = renamed
        renaming += 1
        continue
      } catch let error as YamlError {
        throw translated(error, in: text)
      } catch {
        throw failure("yaml: \(error)", line: nil)
      }
      let value = try convert(root, depth: 0)
      withExtendedLifetime(parser) {}
      if rejectsDuplicateKeys && !duplicates.isEmpty { throw duplicateKeyError(duplicates) }
      var itemLines: [Int]?
      if case .mapping(let mapping) = root,
        case .sequence(let items)? = mapping.first(where: { $0.key.string == "items" })?.value
      {
        itemLines = items.map { fileLine($0.mark) }
      }
      return (value, fileLine(root.mark), itemLines)
    }
  }

  private func fileLine(_ mark: Mark?) -> Int { firstLine + (mark?.line ?? 1) - 1 }

  private func failure(_ message: String, line: Int?) -> ParseError {
    ParseError(message: "error converting YAML to JSON: " + message, line: line)
  }

  /// A go-yaml error; `goLine` is the number go-yaml prints (one less than the real line for
  /// parser errors, and none on the first line).
  private func yamlFailure(_ problem: String, goLine: Int?, mark: Mark?) -> ParseError {
    let prefix = goLine.map { $0 > 0 ? "line \($0): " : "" } ?? ""
    return failure("yaml: " + prefix + problem, line: mark.map(fileLine))
  }

  private func duplicateKeyError(_ found: [(line: Int, key: String)]) -> ParseError {
    let lines = found.map { "\n  line \($0.line): key \($0.key) already set in map" }
    return failure("yaml: unmarshal errors:" + lines.joined(), line: firstLine + found[0].line - 1)
  }

  private func translated(_ error: YamlError, in text: String) -> ParseError {
    switch error {
    case .scanner(_, let problem, let mark, _):
      return yamlFailure(problem, goLine: mark.line > 1 ? mark.line : nil, mark: mark)
    case .parser(_, let problem, let mark, _):
      if problem.hasPrefix("Maximum nesting level") { return depthError(at: mark) }
      return yamlFailure(problem, goLine: mark.line - 1, mark: mark)
    case .reader(let problem, _, _, _):
      return yamlFailure(problem, goLine: nil, mark: nil)
    case .composer(_, let problem, let mark, _) where problem == "found undefined alias":
      let scalars = Array(text.unicodeScalars)
      let start = Self.offset(of: mark, in: scalars) ?? scalars.count
      let name = String(
        String.UnicodeScalarView(
          scalars[min(start + 1, scalars.count)...]
            .prefix {
              $0.properties.isAlphabetic || $0.properties.numericType != nil
                || $0 == "-" || $0 == "_"
            }))
      let before = String(String.UnicodeScalarView(scalars[..<start]))
      let message =
        before.contains("&" + name)
        ? "anchor '\(name)' value contains itself" : "unknown anchor '\(name)' referenced"
      return yamlFailure(message, goLine: nil, mark: mark)
    case .composer(_, let problem, let mark, _):
      return yamlFailure(problem, goLine: mark.line - 1, mark: mark)
    default:
      return failure("yaml: \(error)", line: nil)
    }
  }

  private func depthError(at mark: Mark?) -> ParseError {
    yamlFailure("exceeded max depth of \(maximumDepth)", goLine: mark?.line, mark: mark)
  }

  /// Whether an alias may serve as a mapping key in a document with many aliases.
  ///
  /// NB: Yams hashes every key to find repeats, and hashing an alias to a nested collection
  /// walks its whole expansion, which aliases of aliases make exponential. Real manifests
  /// never use an alias as a key; with few aliases the expansion stays small.
  static func mayHashAnExpandedAlias(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var aliases = 0
    var aliasAsKey = false
    for (index, scalar) in scalars.enumerated() where scalar == "*" {
      var end = index + 1
      while end < scalars.count,
        scalars[end].properties.isAlphabetic
          || scalars[end].properties.numericType != nil || scalars[end] == "-"
          || scalars[end] == "_"
      {
        end += 1
      }
      guard end > index + 1 else { continue }
      aliases += 1
      var before = index - 1
      while before >= 0 && scalars[before] == " " { before -= 1 }
      var after = end
      while after < scalars.count && scalars[after] == " " { after += 1 }
      if (before >= 0 && scalars[before] == "?")
        || (after < scalars.count && scalars[after] == ":"
          && (after + 1 == scalars.count
            || " \n\r\t,}]".unicodeScalars.contains(
              scalars[after + 1])))
      {
        aliasAsKey = true
      }
    }
    return aliasAsKey && aliases > 16
  }

  /// The index in `scalars` of a 1-based line and column (libyaml counts characters).
  static func offset(of mark: Mark, in scalars: [Unicode.Scalar]) -> Int? {
    var line = 1
    var index = 0
    while line < mark.line {
      guard let newline = scalars[index...].firstIndex(of: "\n") else { return nil }
      index = newline + 1
      line += 1
    }
    let offset = index + mark.column - 1
    return offset < scalars.count ? offset : nil
  }

  /// `text` with a unique marker put before the key at `mark`, or nil where no marker fits.
  static func renamingKey(at mark: Mark, in text: String, _ renaming: Int) -> String? {
    var scalars = Array(text.unicodeScalars)
    guard var offset = offset(of: mark, in: scalars) else { return nil }
    if scalars[offset] == "\"" || scalars[offset] == "'" {
      offset += 1
    } else if "&*![]{}|>%@`#,".unicodeScalars.contains(scalars[offset]) {
      return nil
    }
    scalars.insert(contentsOf: "\u{E000}\(renaming)\u{E001}".unicodeScalars, at: offset)
    return String(String.UnicodeScalarView(scalars))
  }

  // MARK: - Conversion

  private mutating func convert(_ node: Yams.Node, depth: Int) throws(ParseError) -> JSONValue {
    decodeCount += 1
    if aliasDepth > 0 { aliasCount += 1 }
    if aliasCount > 100 && decodeCount > 1000
      && Double(aliasCount) / Double(decodeCount) > Self.allowedAliasRatio(decodeCount)
    {
      throw failure("yaml: document contains excessive aliasing", line: nil)
    }
    let isAlias = node.anchor.map { !anchorsSeen.insert(ObjectIdentifier($0)).inserted } ?? false
    if isAlias { aliasDepth += 1 }
    defer { if isAlias { aliasDepth -= 1 } }
    switch node {
    case .scalar(let scalar):
      return try json(resolved(scalar.string, scalar), mark: scalar.mark)
    case .sequence(let sequence):
      if depth >= maximumDepth { throw depthError(at: sequence.mark) }
      var items: [JSONValue] = []
      for item in sequence { items.append(try convert(item, depth: depth + 1)) }
      return .array(items)
    case .mapping(let mapping):
      if depth >= maximumDepth { throw depthError(at: mapping.mark) }
      var object = ObjectBuilder()
      for (key, value) in mapping {
        if case .scalar(let scalar) = key, scalar.string == "<<",
          scalar.tag.rawValue == GoYAMLResolution.tagPrefix + "merge"
            || (scalar.style == .plain && isImplicit(scalar))
        {
          try merge(value, into: &object, depth: depth)
          continue
        }
        let (name, goName) = try keyName(key, value: value)
        if object.set(name, try convert(value, depth: depth + 1), explicitly: true) {
          duplicates.append((value.mark?.line ?? 0, goName))
        }
      }
      return object.value
    case .alias:
      return .null
    }
  }

  /// go-yaml's limit on the share of a document that comes from expanding aliases.
  private static func allowedAliasRatio(_ decodeCount: Int) -> Double {
    if decodeCount <= 400_000 { return 0.99 }
    if decodeCount >= 4_000_000 { return 0.10 }
    return 0.99 - 0.89 * (Double(decodeCount - 400_000) / 3_600_000)
  }

  private func isImplicit(_ scalar: Yams.Node.Scalar) -> Bool {
    scalar.tag.rawValue.isEmpty || scalar.tag.rawValue == Self.plainTag.rawValue
  }

  private func resolved(_ text: String, _ scalar: Yams.Node.Scalar) throws(ParseError)
    -> GoYAMLResolution
  {
    if isImplicit(scalar) {
      return scalar.style == .plain
        ? GoYAMLResolution.resolve(text, allowsTimestamp: true)
        : .string(text)
    }
    do {
      return try GoYAMLResolution.resolve(text, tag: scalar.tag.rawValue)
    } catch {
      throw yamlFailure(error.message, goLine: nil, mark: scalar.mark)
    }
  }

  private func json(_ resolution: GoYAMLResolution, mark: Mark?) throws(ParseError) -> JSONValue {
    switch resolution {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .uint(let number): return .double(Double(number))
    case .string(let text), .timestamp(let text): return .string(text)
    case .float(let number):
      guard number.isFinite else {
        let name = number.isNaN ? "NaN" : number < 0 ? "-Inf" : "+Inf"
        throw failure("json: unsupported value: \(name)", line: mark.map(fileLine))
      }
      return GoJSONNumber.normalized(number)
    }
  }

  private mutating func merge(_ node: Yams.Node, into object: inout ObjectBuilder, depth: Int)
    throws(ParseError)
  {
    let sources: [Yams.Node]
    switch node {
    case .mapping: sources = [node]
    case .sequence(let sequence): sources = sequence.reversed()
    default: sources = []
    }
    guard !sources.isEmpty, sources.allSatisfy({ $0.mapping != nil }) else {
      throw yamlFailure(
        "map merge requires map or sequence of maps as the value", goLine: nil,
        mark: node.mark)
    }
    for source in sources {
      guard case .object(let members) = try convert(source, depth: depth) else { continue }
      for key in members.keys { _ = object.set(key, members[key]!, explicitly: false) }
    }
  }

  /// The JSON name of a map key and the way go-yaml's messages spell it.
  private mutating func keyName(_ key: Yams.Node, value: Yams.Node) throws(ParseError) -> (
    String, String
  ) {
    guard case .scalar(let scalar) = key else {
      throw yamlFailure("invalid map key: \(GoSyntax.describe(key))", goLine: nil, mark: key.mark)
    }
    decodeCount += 1
    var text = scalar.string
    if text.unicodeScalars.first == "\u{E000}", let end = text.firstIndex(of: "\u{E001}") {
      text = String(text[text.index(after: end)...])
    }
    switch try resolved(text, scalar) {
    case .string(let name), .timestamp(let name): return (name, GoSyntax.quoted(name))
    case .int(let number): return (String(number), String(number))
    case .bool(let flag): return (String(flag), String(flag))
    case .float(let number):
      let name = GoNumberText.yaml(number, singlePrecision: true)
      return (name, name)
    case .uint(let number):
      throw failure(
        "unsupported map key of type: uint64, key: 0x\(String(number, radix: 16)), value: "
          + GoSyntax.describe(value), line: key.mark.map(fileLine))
    case .null:
      throw failure(
        "unsupported map key of type: %!s(<nil>), key: <nil>, value: "
          + GoSyntax.describe(value), line: key.mark.map(fileLine))
    }
  }
}

/// An object built key by key, where a later value for a key replaces the earlier one.
struct ObjectBuilder {
  private var pairs: [(String, JSONValue?)] = []
  private var positions: [String: Int] = [:]
  private var explicitKeys: Set<String> = []

  /// Sets `key`; true when a key set explicitly before is set explicitly again.
  mutating func set(_ key: String, _ value: JSONValue, explicitly: Bool) -> Bool {
    let repeated = explicitly && !explicitKeys.insert(key).inserted
    if let position = positions[key] {
      pairs[position].1 = value
    } else {
      positions[key] = pairs.count
      pairs.append((key, value))
    }
    return repeated
  }

  var value: JSONValue { .object(pairs) }
}

/// Values spelled as Go's `%#v` spells them in go-yaml's and sigs.k8s.io/yaml's messages.
enum GoSyntax {
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\x" + hex(scalar.value, width: 2, uppercase: false)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A decoded YAML node as `%#v` prints the Go value go-yaml made of it (approximately for
  /// nested collections), cut short past a few hundred nodes.
  static func describe(_ node: Yams.Node) -> String {
    var budget = 300
    return describe(node, budget: &budget)
  }

  private static func describe(_ node: Yams.Node, budget: inout Int) -> String {
    budget -= 1
    guard budget > 0 else { return "…" }
    switch node {
    case .scalar(let scalar):
      let resolution =
        scalar.style == .plain
        ? GoYAMLResolution.resolve(scalar.string, allowsTimestamp: true) : .string(scalar.string)
      switch resolution {
      case .null: return "<nil>"
      case .bool(let flag): return String(flag)
      case .int(let number): return String(number)
      case .uint(let number): return "0x" + String(number, radix: 16)
      case .float(let number): return GoNumberText.yaml(number)
      case .string(let text), .timestamp(let text): return quoted(text)
      }
    case .sequence(let sequence):
      var items: [String] = []
      for item in sequence where budget > 0 { items.append(describe(item, budget: &budget)) }
      return "[]interface {}{" + items.joined(separator: ", ") + "}"
    case .mapping(let mapping):
      var members: [String] = []
      for (key, value) in mapping where budget > 0 {
        members.append(describe(key, budget: &budget) + ":" + describe(value, budget: &budget))
      }
      return "map[interface {}]interface {}{" + members.sorted().joined(separator: ", ") + "}"
    case .alias:
      return "<nil>"
    }
  }
}

/// Numbers as kubectl holds them after decoding JSON: an integer literal that fits in 64 bits
/// is an int64, any other number a float64.
enum GoJSONNumber {
  /// A float64 after sigs.k8s.io/yaml writes it as JSON and kubectl reads that back: one that
  /// Go spells without a point or exponent (below 1e21) becomes an int64 of that spelling.
  static func normalized(_ number: Double) -> JSONValue {
    if let text = GoNumberText.json(number), !text.contains(where: { $0 == "." || $0 == "e" }),
      let integer = Int64(text)
    {
      return .int(integer)
    }
    return .double(number)
  }

  static func parse(_ literal: Substring) -> JSONValue? {
    if !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }),
      let integer = Int64(literal)
    {
      return .int(integer)
    }
    guard let number = Double(literal), number.isFinite else { return nil }
    return .double(number)
  }
}

/// A stream of JSON values read as Go's json.Decoder reads them, with its error messages
/// (`json: offset 9: invalid character '}' after object key`).
struct GoJSONStream {
  typealias ParseError = ManifestParser.ParseError
  private let bytes: [UInt8]
  private let maximumDepth: Int
  private var position = 0
  private var line = 1
  private var lineCountedTo = 0
  /// The lines on which the elements of the last value's `items` array start.
  private(set) var itemLines: [Int]?

  init(_ text: String, maximumDepth: Int) {
    bytes = Array(text.utf8)
    self.maximumDepth = maximumDepth
  }

  /// The next value and the line it starts on, or nil at the end of the text.
  mutating func next() throws(ParseError) -> (JSONValue, Int)? {
    skipSpace()
    guard position < bytes.count else { return nil }
    let start = lineNumber(at: position)
    itemLines = nil
    // NB: json.Decoder ends a top-level number or literal at any byte that cannot continue
    // it; whatever follows is read as the next value.
    return (try parseValue(depth: 0), start)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private mutating func skipSpace() {
    while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
  }

  private mutating func lineNumber(at offset: Int) -> Int {
    while lineCountedTo < offset {
      if bytes[lineCountedTo] == 0x0A { line += 1 }
      lineCountedTo += 1
    }
    return line
  }

  /// The byte at the position, or the unexpected-EOF error.
  private func peek() throws(ParseError) -> UInt8 {
    guard position < bytes.count else { throw ParseError(message: "unexpected EOF", line: nil) }
    return bytes[position]
  }

  private mutating func syntaxError(_ context: String) -> ParseError {
    let offending = bytes[position]
    let quoted: String
    switch offending {
    case UInt8(ascii: "'"): quoted = "'\\''"
    case UInt8(ascii: "\""): quoted = "'\"'"
    default: quoted = "'" + Self.goQuoted(Unicode.Scalar(offending)) + "'"
    }
    return ParseError(
      message: "json: offset \(position + 1): invalid character \(quoted) \(context)",
      line: lineNumber(at: position))
  }

  /// A byte as Go's strconv.Quote writes the rune of the same number, without the quotes.
  private static func goQuoted(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x07: return "\\a"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x0B: return "\\v"
    case 0x5C: return "\\\\"
    case 0..<0x20, 0x7F: return "\\x" + hex(scalar.value, width: 2, uppercase: false)
    case 0x80..<0xA1, 0xAD: return "\\u" + hex(scalar.value, width: 4, uppercase: false)
    default: return String(scalar)
    }
  }

  /// A value; `recordsItems` notes the line of each element of an array (the root's
  /// `items`).
  private mutating func parseValue(depth: Int, recordsItems: Bool = false) throws(ParseError)
    -> JSONValue
  {
    skipSpace()
    let byte = try peek()
    switch byte {
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      if depth >= maximumDepth { throw syntaxError("exceeded max depth") }
      position += 1
      return byte == UInt8(ascii: "{")
        ? try parseObject(depth: depth + 1)
        : try parseArray(depth: depth + 1, recordsItems: recordsItems)
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber()
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    default: throw syntaxError("looking for beginning of value")
    }
  }

  private mutating func parseObject(depth: Int) throws(ParseError) -> JSONValue {
    var object = ObjectBuilder()
    skipSpace()
    if try peek() == UInt8(ascii: "}") {
      position += 1
      return object.value
    }
    while true {
      skipSpace()
      guard try peek() == UInt8(ascii: "\"") else {
        throw syntaxError("looking for beginning of object key string")
      }
      let key = try parseString()
      skipSpace()
      guard try peek() == UInt8(ascii: ":") else { throw syntaxError("after object key") }
      position += 1
      let value = try parseValue(depth: depth, recordsItems: depth == 1 && key == "items")
      _ = object.set(key, value, explicitly: false)
      skipSpace()
      let next = try peek()
      position += 1
      if next == UInt8(ascii: "}") { return object.value }
      guard next == UInt8(ascii: ",") else {
        position -= 1
        throw syntaxError("after object key:value pair")
      }
    }
  }

  private mutating func parseArray(depth: Int, recordsItems: Bool) throws(ParseError)
    -> JSONValue
  {
    var items: [JSONValue] = []
    var lines: [Int] = []
    defer { if recordsItems { itemLines = lines } }
    skipSpace()
    if try peek() == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipSpace()
      if recordsItems && position < bytes.count { lines.append(lineNumber(at: position)) }
      items.append(try parseValue(depth: depth))
      skipSpace()
      let next = try peek()
      position += 1
      if next == UInt8(ascii: "]") { return .array(items) }
      guard next == UInt8(ascii: ",") else {
        position -= 1
        throw syntaxError("after array element")
      }
    }
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(ParseError)
    -> JSONValue
  {
    for (index, expected) in word.utf8.enumerated() {
      if index > 0 {
        guard try peek() == expected else {
          throw syntaxError("in literal \(word) (expecting '\(Unicode.Scalar(expected))')")
        }
      }
      position += 1
    }
    return value
  }

  private mutating func parseNumber() throws(ParseError) -> JSONValue {
    let start = position
    let isDigit = { (byte: UInt8) in (48...57).contains(byte) }
    if bytes[position] == UInt8(ascii: "-") {
      position += 1
      guard isDigit(try peek()) else { throw syntaxError("in numeric literal") }
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
    } else {
      while position < bytes.count && isDigit(bytes[position]) { position += 1 }
    }
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard isDigit(try peek()) else {
        throw syntaxError("after decimal point in numeric literal")
      }
      while position < bytes.count && isDigit(bytes[position]) { position += 1 }
    }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      position += 1
      if try peek() == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard isDigit(try peek()) else { throw syntaxError("in exponent of numeric literal") }
      while position < bytes.count && isDigit(bytes[position]) { position += 1 }
    }
    let literal = Substring(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = GoJSONNumber.parse(literal) else {
      throw ParseError(
        message: "json: cannot unmarshal number \(literal) into Go value of type float64",
        line: lineNumber(at: start))
    }
    return value
  }

  private mutating func parseString() throws(ParseError) -> String {
    position += 1
    var utf16: [UInt16] = []
    var raw: [UInt8] = []
    func flushRaw() {
      utf16.append(contentsOf: String(decoding: raw, as: UTF8.self).utf16)
      raw.removeAll()
    }
    while true {
      let byte = try peek()
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        flushRaw()
        return String(decoding: utf16, as: UTF16.self)
      case UInt8(ascii: "\\"):
        let escape = try peek()
        let simple: [UInt8: UInt16] = [
          0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D,
          0x74: 0x09,
        ]
        flushRaw()
        if let unit = simple[escape] {
          utf16.append(unit)
          position += 1
        } else if escape == UInt8(ascii: "u") {
          position += 1
          var unit: UInt16 = 0
          for _ in 0..<4 {
            guard let digit = Self.hexValue(try peek()) else {
              throw syntaxError("in \\u hexadecimal character escape")
            }
            unit = unit << 4 | digit
            position += 1
          }
          // NB: a lone surrogate becomes U+FFFD once the UTF-16 is decoded, as in Go.
          utf16.append(unit)
        } else {
          throw syntaxError("in string escape code")
        }
      case 0..<0x20:
        position -= 1
        throw syntaxError("in string literal")
      default:
        raw.append(byte)
      }
    }
  }

  private static func hexValue(_ byte: UInt8) -> UInt16? {
    switch byte {
    case 48...57: return UInt16(byte - 48)
    case 97...102: return UInt16(byte - 87)
    case 65...70: return UInt16(byte - 55)
    default: return nil
    }
  }
}
