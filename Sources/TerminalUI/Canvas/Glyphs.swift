/// The characters borders, lines and marks are drawn with.
///
/// Box-drawing lines and symbols such as `→` are East Asian *ambiguous* width: most
/// terminals draw them one column wide, but a terminal set to treat ambiguous characters
/// as wide draws them two wide and breaks every border. `--ascii` picks ``ascii`` for those.
public struct Glyphs: Equatable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var teeRight: String  // ├
  public var teeLeft: String  // ┤
  public var teeDown: String  // ┬
  public var teeUp: String  // ┴
  public var cross: String
  public var arrow: String  // → between a port and its target
  public var arrowHead: String  // ► where a line enters a box
  public var check: String
  public var failure: String  // ✗ a failed connection
  public var bullet: String
  public var ready: String  // a ready pod
  public var notReady: String
  public var ellipsis: String
  public var current: String  // ▸ the current step
  public var moreAbove: String
  public var moreBelow: String

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼",
    arrow: "→", arrowHead: "►", check: "✓", failure: "✗", bullet: "•", ready: "●",
    notReady: "○", ellipsis: "…", current: "▸", moreAbove: "▲", moreBelow: "▼")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+",
    arrow: "->", arrowHead: ">", check: "[x]", failure: "!", bullet: "*", ready: "*",
    notReady: "o", ellipsis: "...", current: ">", moreAbove: "^", moreBelow: "v")

  /// The line character joining the given directions (for ``LineGrid``).
  func line(up: Bool, down: Bool, left: Bool, right: Bool) -> String {
    switch (up || down, left || right) {
    case (false, _): return horizontal
    case (true, false): return vertical
    default: break
    }
    switch (up, down, left, right) {
    case (true, true, true, true): return cross
    case (true, true, true, false): return teeLeft
    case (true, true, false, true): return teeRight
    case (false, true, true, true): return teeDown
    case (true, false, true, true): return teeUp
    case (false, true, false, true): return topLeft
    case (false, true, true, false): return topRight
    case (true, false, false, true): return bottomLeft
    case (true, false, true, false): return bottomRight
    default: return cross
    }
  }
}

extension Canvas {
  /// Draws a box around `rect` with an optional title in its top border.
  public mutating func box(
    _ rect: Rect, glyphs: Glyphs, style: Style = .plain, title: String? = nil,
    titleStyle: Style = .bold
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let inner = rect.width - 2
    let line = String(repeating: glyphs.horizontal, count: inner)
    put(
      glyphs.topLeft + line + glyphs.topRight, at: Position(row: rect.row, column: rect.column),
      style: style)
    put(
      glyphs.bottomLeft + line + glyphs.bottomRight,
      at: Position(row: rect.bottom - 1, column: rect.column), style: style)
    for row in (rect.row + 1)..<(rect.bottom - 1) {
      put(glyphs.vertical, at: Position(row: row, column: rect.column), style: style)
      put(glyphs.vertical, at: Position(row: row, column: rect.right - 1), style: style)
    }
    if let title, inner >= 3 {
      put(
        " " + TextWidth.clipped(title, to: inner - 3) + " ",
        at: Position(row: rect.row, column: rect.column + 1),
        style: titleStyle, limit: inner - 1)
    }
  }

  /// Draws a horizontal line of `width` cells.
  public mutating func horizontalLine(
    at position: Position, width: Int, glyphs: Glyphs, style: Style = .plain
  ) {
    guard width > 0 else { return }
    put(
      String(repeating: glyphs.horizontal, count: width), at: position, style: style, limit: width)
  }
}
