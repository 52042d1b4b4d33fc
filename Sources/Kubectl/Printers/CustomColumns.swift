import ClusterSim

/// kubectl's `-o custom-columns=NAME:.metadata.name,...` and `-o custom-columns-file=...`
/// printer: one row per object, aligned as kubectl's tab writer aligns them.
///
/// ```swift
/// let columns = try CustomColumns(spec: "NAME:.metadata.name,IP:.status.podIP")
/// try columns.render(pods)  // "NAME    IP\nweb-1   10.244.1.2\n"
/// ```
public struct CustomColumns: Equatable, Sendable {
  /// One column: its header and its field spec in full JSONPath form (`{.metadata.name}`).
  public struct Column: Equatable, Sendable {
    /// The header, printed as given.
    public let header: String
    /// The relaxed field spec, e.g. `{.status.podIP}`; empty for an empty spec.
    public let fieldSpec: String
  }

  /// The columns in print order.
  public let columns: [Column]
  /// False for a columns file: kubectl prints its headers even with `--no-headers`.
  public let honoursNoHeaders: Bool

  /// Reads a `custom-columns=` value: comma-separated `<header>:<json-path-expr>` pairs.
  public init(spec: String) throws(CustomColumnsError) {
    guard !spec.isEmpty else {
      throw CustomColumnsError("custom-columns format specified but no custom columns given")
    }
    var columns: [Column] = []
    for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
      let pair = part.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      guard pair.count == 2 else {
        throw CustomColumnsError(
          "unexpected custom-columns spec: \(part), expected <header>:<json-path-expr>")
      }
      columns.append(Column(header: String(pair[0]), fieldSpec: try Self.relaxed(pair[1])))
    }
    self.columns = columns
    honoursNoHeaders = true
  }

  /// Reads a `custom-columns-file` template: a line of headers, then a line of field specs,
  /// each separated by whitespace.
  public init(template: String) throws(CustomColumnsError) {
    let usage =
      "Expected format is one line of space separated headers, one line of space separated "
      + "column specs."
    // NB: split on scalars, since Swift reads "\r\n" as one character.
    var lines = template.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Substring(String(String.UnicodeScalarView($0.last == "\r" ? $0.dropLast() : $0))) }
    if lines.last == "" { lines.removeLast() }
    guard lines.count >= 1 else {
      throw CustomColumnsError("invalid template, missing header line. \(usage)")
    }
    guard lines.count >= 2 else {
      throw CustomColumnsError("invalid template, missing spec line. \(usage)")
    }
    let headers = Self.words(lines[0])
    let specs = Self.words(lines[1])
    guard headers.count == specs.count else {
      throw CustomColumnsError(
        "number of headers (\(headers.count)) and field specifications (\(specs.count)) "
          + "don't match")
    }
    var columns: [Column] = []
    for (header, spec) in zip(headers, specs) {
      columns.append(Column(header: header, fieldSpec: try Self.relaxed(spec[...])))
    }
    self.columns = columns
    honoursNoHeaders = false
  }

  /// The table for `objects` (the items of a list, or a single object), each line ending in
  /// a newline.
  ///
  /// A cell with no value reads `<none>`; several values are joined with commas. A field
  /// spec that fails to parse, or to execute on some object, throws with the lines kubectl
  /// had already written in `partialOutput`.
  public func render(
    _ objects: [JSONValue], noHeaders: Bool = false
  ) throws(CustomColumnsError) -> String {
    var rows: [[String]] = []
    if !(noHeaders && honoursNoHeaders) { rows.append(columns.map(\.header)) }
    var paths: [JSONPath] = []
    for column in columns {
      do {
        paths.append(try JSONPath(column.fieldSpec))
      } catch {
        throw CustomColumnsError(error.reason, partialOutput: Self.aligned(rows))
      }
    }
    for object in objects {
      var cells: [String] = []
      for path in paths {
        let groups: [[JSONValue]]
        do {
          groups = try path.values(in: object)
        } catch {
          throw CustomColumnsError(error.reason, partialOutput: Self.aligned(rows))
        }
        var texts = groups.first?.isEmpty ?? true ? ["<none>"] : []
        for value in groups.joined() {
          texts.append(Self.escapingTerminal(JSONPath.GoFormat.plain(value)))
        }
        cells.append(texts.joined(separator: ","))
      }
      rows.append(cells)
    }
    return Self.aligned(rows)
  }

  private static func relaxed(_ spec: Substring) throws(CustomColumnsError) -> String {
    do {
      return try JSONPath.relaxed(String(spec))
    } catch {
      throw CustomColumnsError(error.message)
    }
  }

  /// Go's `bufio.ScanWords`: runs of non-space characters.
  private static func words(_ line: Substring) -> [String] {
    line.split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }

  /// kubectl's `EscapeTerminal`: ESC becomes `^[` and a carriage return `\r`.
  private static func escapingTerminal(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{1B}": result += "^["
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  // MARK: Alignment

  /// Lines as kubectl's tab writer prints them (minimum width 6, padding 3, spaces).
  ///
  /// Each row's cells are joined with tabs, then split again on every tab, so a tab inside a
  /// value starts a new cell as it does in kubectl. Every cell but the last of a line belongs
  /// to a column; a column block is a run of adjacent lines that have a cell there, and is as
  /// wide as its widest cell plus the padding. The last cell of a line is never padded.
  static func aligned(_ rows: [[String]]) -> String {
    let lines = rows.map { row in
      row.joined(separator: "\t").unicodeScalars
        .split(separator: "\t", omittingEmptySubsequences: false)
        .map { String(String.UnicodeScalarView($0)) }
    }
    var output = ""
    var widths: [Int] = []
    formatBlock(lines, 0..<lines.count, widths: &widths, into: &output)
    return output
  }

  private static let minimumWidth = 6
  private static let padding = 3

  private static func formatBlock(
    _ lines: [[String]], _ range: Range<Int>, widths: inout [Int], into output: inout String
  ) {
    let column = widths.count
    let hasCell = { (line: Int) in column < lines[line].count - 1 }
    var pending = range.lowerBound
    var line = range.lowerBound
    while line < range.upperBound {
      guard hasCell(line) else {
        line += 1
        continue
      }
      write(lines, pending..<line, widths: widths, into: &output)
      let blockStart = line
      var width = minimumWidth
      while line < range.upperBound, hasCell(line) {
        width = max(width, lines[line][column].unicodeScalars.count + padding)
        line += 1
      }
      widths.append(width)
      formatBlock(lines, blockStart..<line, widths: &widths, into: &output)
      widths.removeLast()
      pending = line
    }
    write(lines, pending..<range.upperBound, widths: widths, into: &output)
  }

  private static func write(
    _ lines: [[String]], _ range: Range<Int>, widths: [Int], into output: inout String
  ) {
    for line in range {
      for (index, cell) in lines[line].enumerated() {
        output += cell
        if index < widths.count {
          output += String(repeating: " ", count: widths[index] - cell.unicodeScalars.count)
        }
      }
      output += "\n"
    }
  }
}

/// A custom-columns spec kubectl refuses, or a column that fails while printing.
public struct CustomColumnsError: Error, Equatable, Sendable {
  /// kubectl's error text, the part after `error: `.
  public let message: String
  /// What kubectl had already written to stdout when it failed (empty for spec errors).
  public let partialOutput: String

  init(_ message: String, partialOutput: String = "") {
    self.message = message
    self.partialOutput = partialOutput
  }

  /// The text kubectl writes to stderr: `error: ` and the message, ending in a newline.
  public var printed: String {
    message.hasSuffix("\n") ? "error: \(message)" : "error: \(message)\n"
  }
}
