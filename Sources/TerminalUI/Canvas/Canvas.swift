/// A grid of cells that renderers draw into and backends copy to the terminal.
///
/// Text is placed by display width: a Hangul syllable fills two cells, a combining mark
/// joins the cell before it, and nothing is ever drawn past the right edge (ncurses would
/// wrap it onto the next row instead).
///
/// ```swift
/// var canvas = Canvas(size: TerminalSize(width: 20, height: 2))
/// canvas.put("안녕 hello", at: Position(row: 0, column: 0))
/// canvas.rowText(0)   // "안녕 hello          "
/// ```
public struct Canvas: Equatable, Sendable {
  public let size: TerminalSize
  public private(set) var cells: [Cell]
  /// Where the terminal's cursor goes after drawing; nil hides it.
  public var cursor: Position?

  public init(size: TerminalSize) {
    self.size = size
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.width + column]
  }

  /// Draws `text` from `position`, at most `limit` columns (default: up to the right edge).
  /// Returns the number of columns drawn.
  ///
  /// - Complexity: O(n) in the length of `text`, with a fast path for printable ASCII.
  @discardableResult
  public mutating func put(
    _ text: String, at position: Position, style: Style = .plain, limit: Int? = nil
  ) -> Int {
    guard position.row >= 0, position.row < size.height, position.column >= 0 else { return 0 }
    let end = min(size.width, limit.map { position.column + max(0, $0) } ?? size.width)
    var column = position.column
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      for unit in text.utf8 {
        guard column < end else { break }
        place(Cell(String(UnicodeScalar(unit)), style: style), row: position.row, column: column)
        column += 1
      }
      return column - position.column
    }
    var last: Int?
    for scalar in text.unicodeScalars {
      let width = TextWidth.wcwidth(scalar)
      if width == 0 {
        if let last { cells[last].text.unicodeScalars.append(scalar) }
        continue
      }
      let columns = max(1, width)
      guard column + columns <= end else { break }
      let shown = width < 0 ? "?" : String(scalar)
      place(Cell(shown, width: UInt8(columns), style: style), row: position.row, column: column)
      last = position.row * size.width + column
      column += columns
    }
    return column - position.column
  }

  /// Fills `rect` with blanks in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    for row in max(0, rect.row)..<min(size.height, rect.bottom) {
      for column in max(0, rect.column)..<min(size.width, rect.right) {
        place(Cell(" ", style: style), row: row, column: column)
      }
    }
  }

  /// Changes the style of every cell in `rect` (for highlights).
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    for row in max(0, rect.row)..<min(size.height, rect.bottom) {
      for column in max(0, rect.column)..<min(size.width, rect.right) {
        change(&cells[row * size.width + column].style)
      }
    }
  }

  /// Copies `other` into this canvas with its top left corner at `origin`.
  public mutating func paste(_ other: Canvas, at origin: Position) {
    for row in 0..<other.size.height where origin.row + row < size.height {
      for column in 0..<other.size.width where origin.column + column < size.width {
        let cell = other[row, column]
        if cell.isContinuation { continue }
        if cell.width == 2 && origin.column + column + 1 >= size.width { break }
        place(cell, row: origin.row + row, column: origin.column + column)
      }
    }
  }

  /// One row as text: wide characters once, continuation cells skipped.
  public func rowText(_ row: Int) -> String {
    var text = ""
    let start = row * size.width
    for index in start..<(start + size.width) where !cells[index].isContinuation {
      text += cells[index].text
    }
    return text
  }

  /// Every row, joined by newlines: what a person sees, for golden tests.
  public var text: String {
    (0..<size.height).map(rowText).joined(separator: "\n")
  }

  /// Puts a cell, keeping wide characters whole: overwriting either half of a wide
  /// character blanks the other half.
  private mutating func place(_ cell: Cell, row: Int, column: Int) {
    let index = row * size.width + column
    let old = cells[index]
    if old.isContinuation && column > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    } else if old.width == 2 && column + 1 < size.width {
      cells[index + 1] = Cell(" ", style: old.style)
    }
    cells[index] = cell
    if cell.width == 2 && column + 1 < size.width {
      let next = cells[index + 1]
      if next.width == 2 && column + 2 < size.width {
        cells[index + 2] = Cell(" ", style: next.style)
      }
      cells[index + 1] = Cell("", width: 0, style: cell.style)
    }
  }
}
