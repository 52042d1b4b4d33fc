/// Text in one style: the unit the wrapper and the panes work with.
public struct StyledRun: Equatable, Hashable, Sendable {
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .plain) {
    self.text = text
    self.style = style
  }
}

/// A line of styled runs.
public typealias StyledLine = [StyledRun]

extension Array where Element == StyledRun {
  /// Columns the line takes.
  var displayWidth: Int { reduce(0) { $0 + TextWidth.of($1.text) } }

  /// The line's text without styles.
  var plainText: String { map(\.text).joined() }
}

extension Canvas {
  /// Draws a styled line from `position`, at most `limit` columns. Returns the columns drawn.
  @discardableResult
  mutating func put(_ line: StyledLine, at position: Position, limit: Int? = nil) -> Int {
    var column = position.column
    let end = limit.map { position.column + $0 } ?? size.width
    for run in line {
      guard column < end else { break }
      let drawn = put(
        run.text, at: Position(row: position.row, column: column), style: run.style,
        limit: end - column)
      column += drawn
      if drawn < TextWidth.of(run.text) { break }
    }
    return column - position.column
  }
}
