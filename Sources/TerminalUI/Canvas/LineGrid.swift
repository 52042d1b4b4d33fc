/// Lines drawn cell by cell that join where one line branches (`├`, `┬`) and cross where two
/// different lines meet (the vertical one is drawn over): the connections between Services and
/// their endpoints on the cluster map.
struct LineGrid {
  private struct Point {
    var up = false
    var down = false
    var left = false
    var right = false
    var horizontalOwner: Int?
    var verticalOwner: Int?
    var style: Style?
  }

  let rect: Rect
  private var points: [Point]

  init(rect: Rect) {
    self.rect = rect
    points = Array(repeating: Point(), count: rect.width * rect.height)
  }

  private func index(_ row: Int, _ column: Int) -> Int? {
    let r = row - rect.row
    let c = column - rect.column
    guard r >= 0, r < rect.height, c >= 0, c < rect.width else { return nil }
    return r * rect.width + c
  }

  /// A horizontal line on `row` between two columns (inclusive, either order), drawn for
  /// `owner`; `style` (a highlight) replaces the default.
  mutating func horizontal(row: Int, from: Int, to: Int, owner: Int, style: Style? = nil) {
    let (start, end) = (min(from, to), max(from, to))
    guard start < end else { return }
    for column in start...end {
      guard let i = index(row, column) else { continue }
      if column > start { points[i].left = true }
      if column < end { points[i].right = true }
      points[i].horizontalOwner = points[i].horizontalOwner ?? owner
      if let style { points[i].style = style }
    }
  }

  /// A vertical line in `column` between two rows (inclusive, either order).
  mutating func vertical(column: Int, from: Int, to: Int, owner: Int, style: Style? = nil) {
    let (start, end) = (min(from, to), max(from, to))
    guard start < end else { return }
    for row in start...end {
      guard let i = index(row, column) else { continue }
      if row > start { points[i].up = true }
      if row < end { points[i].down = true }
      points[i].verticalOwner = points[i].verticalOwner ?? owner
      if let style { points[i].style = style }
    }
  }

  func draw(on canvas: inout Canvas, glyphs: Glyphs, style: Style) {
    for r in 0..<rect.height {
      for c in 0..<rect.width {
        let point = points[r * rect.width + c]
        guard point.up || point.down || point.left || point.right else { continue }
        let crossing =
          point.horizontalOwner != nil && point.verticalOwner != nil
          && point.horizontalOwner != point.verticalOwner
        let glyph =
          crossing
          ? glyphs.vertical
          : glyphs.line(up: point.up, down: point.down, left: point.left, right: point.right)
        canvas.put(
          glyph, at: Position(row: rect.row + r, column: rect.column + c),
          style: point.style ?? style, limit: 1)
      }
    }
  }
}
