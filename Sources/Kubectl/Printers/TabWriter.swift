/// Go's text/tabwriter, as kubectl configures it: cells end at a tab, columns are aligned
/// per block of consecutive lines that have the column, a line without tabs ends every block
/// (Go flushes there), the last cell of a line is never padded.
///
/// `kubectl get` uses minimum width 6 and padding 3; `kubectl describe` uses 0 and 2.
struct TabWriter {
  var minWidth: Int
  var padding: Int
  private var text = ""

  init(minWidth: Int, padding: Int) {
    self.minWidth = minWidth
    self.padding = padding
  }

  /// The table layout of `kubectl get`.
  static func table() -> TabWriter { TabWriter(minWidth: 6, padding: 3) }
  /// The layout of `kubectl describe`.
  static func describe() -> TabWriter { TabWriter(minWidth: 0, padding: 2) }

  mutating func write(_ chunk: String) { text += chunk }

  /// Writes cells separated by tabs, and a newline.
  mutating func row(_ cells: [String]) { text += cells.joined(separator: "\t") + "\n" }

  /// The aligned text.
  func rendered() -> String {
    var result = ""
    var block: [[String]] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsWithNewline = lines.last == ""
    if endsWithNewline { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      block.append(cells)
      if cells.count == 1 {
        result += format(block)
        block = []
      }
      _ = index
    }
    result += format(block)
    if !endsWithNewline && result.hasSuffix("\n") { result.removeLast() }
    return result
  }

  private func format(_ lines: [[String]]) -> String {
    guard !lines.isEmpty else { return "" }
    var output = Array(repeating: "", count: lines.count)
    layout(lines, from: 0, to: lines.count, column: 0, output: &output)
    return output.map { $0 + "\n" }.joined()
  }

  /// Recursively aligns column `column` over runs of lines that have a cell there.
  private func layout(
    _ lines: [[String]], from start: Int, to end: Int, column: Int, output: inout [String]
  ) {
    var index = start
    while index < end {
      // Lines whose cell in this column is their last cell are finished here.
      if column >= lines[index].count - 1 {
        if column < lines[index].count { output[index] += lines[index][column] }
        index += 1
        continue
      }
      var blockEnd = index
      var width = minWidth
      while blockEnd < end, column < lines[blockEnd].count - 1 {
        width = max(width, DisplayWidth.of(lines[blockEnd][column]) + padding)
        blockEnd += 1
      }
      for line in index..<blockEnd {
        let cell = lines[line][column]
        output[line] += cell + String(repeating: " ", count: max(0, width - DisplayWidth.of(cell)))
      }
      layout(lines, from: index, to: blockEnd, column: column + 1, output: &output)
      index = blockEnd
    }
  }
}

/// The number of terminal columns a string takes (Hangul and other wide characters take 2).
public enum DisplayWidth {
  public static func of(_ text: String) -> Int {
    var utf8 = text.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
    utf8 = text.utf8
    return text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if scalar.properties.generalCategory == .nonspacingMark
      || scalar.properties.generalCategory == .enclosingMark
      || (0x1160...0x11FF).contains(value) || value == 0x200B
    {
      return 0
    }
    if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) && value != 0x303F
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
      || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
    {
      return 2
    }
    return 1
  }
}
