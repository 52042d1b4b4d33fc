/// Where each part of the screen goes at a given size.
///
/// ```
/// ┌ title bar (lesson n/N, title, step k/n, language) ┐
/// │ lesson or map pane  │ terminal pane              │   side by side from 120 columns,
/// ├─────────────────────┴────────────────────────────┤   stacked (pane above) below that
/// │ key bar                                          │
/// └──────────────────────────────────────────────────┘
/// ```
struct Layout: Equatable {
  /// The smallest size the screen is drawn at; below it a message asks for more room.
  static let minimum = TerminalSize(width: 80, height: 24)
  /// From this width the panes sit side by side.
  static let sideBySideWidth = 120

  let size: TerminalSize
  /// The lesson or map pane, if one is shown (its renderers keep a margin inside it).
  let pane: Rect?
  /// The terminal pane's text area: one column in from the borders.
  var terminal: Rect {
    Rect(
      row: terminalArea.row, column: terminalArea.column + 1, width: terminalArea.width - 2,
      height: terminalArea.height)
  }
  private let terminalArea: Rect
  /// True when the pane is left of the terminal, false when above it.
  let sideBySide: Bool
  /// The row of the line between body and key bar, and the key bar's row.
  let footerRule: Int
  let keyBar: Int
  /// A presenter's screen (``init(presenting:showsMap:margin:)``): the map's area beside the
  /// lesson, and the lesson pane's area before its margins.
  private(set) var map: Rect?
  private(set) var paneArea: Rect?

  var isTooSmall: Bool { size.width < Layout.minimum.width || size.height < Layout.minimum.height }

  init(size: TerminalSize, showsPane: Bool, paneIsMap: Bool) {
    self.size = size
    footerRule = size.height - 3
    keyBar = size.height - 2
    let body = Rect(row: 1, column: 1, width: size.width - 2, height: size.height - 4)
    sideBySide = size.width >= Layout.sideBySideWidth
    guard showsPane, body.width > 10, body.height > 4 else {
      pane = nil
      terminalArea = body
      return
    }
    if sideBySide {
      let share = paneIsMap ? 0.58 : 0.45
      let paneWidth = Int(Double(body.width - 1) * share)
      pane = Rect(row: body.row, column: body.column, width: paneWidth, height: body.height)
      terminalArea = Rect(
        row: body.row, column: body.column + paneWidth + 1, width: body.width - paneWidth - 1,
        height: body.height)
    } else {
      let terminalRows =
        paneIsMap ? max(6, body.height / 3) : max(6, body.height - body.height * 45 / 100 - 1)
      let paneRows = body.height - terminalRows - 1
      pane = Rect(row: body.row, column: body.column, width: body.width, height: paneRows)
      terminalArea = Rect(
        row: body.row + paneRows + 1, column: body.column, width: body.width, height: terminalRows)
    }
  }
}

extension Layout {
  /// A presenter's screen (`kubetutor present`): from 120 columns the lesson on the left, the
  /// terminal on the right with the cluster map under it; narrower, the lesson above the
  /// terminal, and the map (F5) in the lesson's place. The lesson text keeps `margin` blank
  /// columns on each side.
  ///
  /// ```
  /// ┌ title ──────────────┬───────────────────────────┐
  /// │   lesson text       │ terminal                  │
  /// │                     ├───────────────────────────┤
  /// │                     │ cluster map               │
  /// ├─────────────────────┴───────────────────────────┤
  /// │ Space/→ next  ← back  ...                        │
  /// └──────────────────────────────────────────────────┘
  /// ```
  init(presenting size: TerminalSize, showsMap: Bool, margin: Int) {
    self.init(size: size, showsPane: true, paneIsMap: false)
    let body = Rect(row: 1, column: 1, width: size.width - 2, height: size.height - 4)
    guard body.width > 10, body.height > 4 else { return }
    // NB: LessonRenderer keeps a margin of one column itself.
    let inset = max(0, margin - LessonRenderer.margin)
    func inner(_ area: Rect) -> Rect {
      Rect(
        row: area.row, column: area.column + inset, width: max(4, area.width - 2 * inset),
        height: area.height)
    }
    if sideBySide {
      let lessonWidth = Int(Double(body.width - 1) * 0.42)
      let lesson = Rect(row: body.row, column: body.column, width: lessonWidth, height: body.height)
      let right = Rect(
        row: body.row, column: body.column + lessonWidth + 1, width: body.width - lessonWidth - 1,
        height: body.height)
      var terminal = right
      if showsMap && body.height >= 16 {
        let terminalRows = max(8, body.height * 55 / 100)
        terminal = Rect(row: right.row, column: right.column, width: right.width, height: terminalRows)
        map = Rect(
          row: right.row + terminalRows + 1, column: right.column, width: right.width,
          height: right.height - terminalRows - 1)
      }
      paneArea = lesson
      self = Layout(copying: self, pane: inner(lesson), terminalArea: terminal)
    } else {
      let terminalRows = max(6, body.height - body.height * 45 / 100 - 1)
      let paneRows = body.height - terminalRows - 1
      let top = Rect(row: body.row, column: body.column, width: body.width, height: paneRows)
      paneArea = top
      if showsMap { map = top }
      let terminal = Rect(
        row: body.row + paneRows + 1, column: body.column, width: body.width, height: terminalRows)
      self = Layout(copying: self, pane: showsMap ? nil : inner(top), terminalArea: terminal)
    }
  }
}

extension Layout {
  /// `base` with its lesson pane and terminal area replaced.
  fileprivate init(copying base: Layout, pane: Rect?, terminalArea: Rect) {
    size = base.size
    self.pane = pane
    self.terminalArea = terminalArea
    sideBySide = base.sideBySide
    footerRule = base.footerRule
    keyBar = base.keyBar
    map = base.map
    paneArea = base.paneArea
  }
}
