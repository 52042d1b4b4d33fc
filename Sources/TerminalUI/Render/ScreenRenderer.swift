/// Draws a ``ScreenState`` into a ``Canvas``: the frame, the panes, the overlays and the
/// cursor. Pure: the same state and size always give the same cells.
public enum ScreenRenderer {
  public static func render(_ state: ScreenState) -> Canvas {
    if state.options.presentation != nil { return PresentRenderer.render(state) }
    var canvas = Canvas(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
      TooSmallRenderer.draw(state, on: &canvas)
      return canvas
    }
    drawFrame(state, layout, on: &canvas)
    if let pane = layout.pane {
      if state.showsMap {
        let model =
          state.mapModel
          ?? ClusterMapModel(state.view.cluster, connection: state.view.lastConnection)
        ClusterMapRenderer(
          model: model, theme: state.theme, glyphs: state.glyphs, labels: state.labels
        )
        .draw(
          in: Rect(
            row: pane.row, column: pane.column + 1, width: pane.width - 2, height: pane.height),
          on: &canvas)
      } else if let lesson = state.view.lessonPane {
        LessonRenderer(
          pane: lesson, width: pane.width, theme: state.theme, glyphs: state.glyphs,
          labels: state.labels
        )
        .draw(in: pane, scroll: state.lessonScroll, on: &canvas)
      }
    }
    TerminalRenderer.draw(state, in: layout.terminal, on: &canvas)
    if let overlay = state.overlay {
      canvas.cursor = nil
      OverlayRenderer.draw(overlay, state, layout, on: &canvas)
    }
    return canvas
  }

  static func drawFrame(_ state: ScreenState, _ layout: Layout, on canvas: inout Canvas) {
    drawBorders(state, layout, pane: layout.pane, on: &canvas)
    drawTitle(state, on: &canvas)
    drawKeyBar(state, layout, on: &canvas)
  }

  /// The outer box, the rule above the key bar, and the line between `pane` and the terminal
  /// (upright when they stand side by side, across the screen when the pane is on top).
  static func drawBorders(_ state: ScreenState, _ layout: Layout, pane: Rect?, on canvas: inout Canvas) {
    let glyphs = state.glyphs
    let border = state.theme.style(.border)
    let size = state.size
    canvas.box(
      Rect(row: 0, column: 0, width: size.width, height: size.height), glyphs: glyphs, style: border
    )
    let fullRule =
      glyphs.teeRight + String(repeating: glyphs.horizontal, count: size.width - 2) + glyphs.teeLeft
    canvas.put(fullRule, at: Position(row: layout.footerRule, column: 0), style: border)
    guard let pane else { return }
    if layout.sideBySide {
      let column = pane.right
      canvas.put(glyphs.teeDown, at: Position(row: 0, column: column), style: border)
      for row in pane.row..<pane.bottom {
        canvas.put(glyphs.vertical, at: Position(row: row, column: column), style: border)
      }
      canvas.put(glyphs.teeUp, at: Position(row: layout.footerRule, column: column), style: border)
    } else {
      canvas.put(fullRule, at: Position(row: pane.bottom, column: 0), style: border)
    }
  }

  /// The title in the top border: `kubetutor ─ 4/10 NodePort` left, `step 2/6 ─ 한국어` right.
  static func drawTitle(_ state: ScreenState, on canvas: inout Canvas) {
    let labels = state.labels
    let glyphs = state.glyphs
    let dash = " " + glyphs.horizontal + " "
    var left = "kubetutor" + dash
    var right = labels[.languageName]
    if let title = state.view.titleBar {
      left += title.left
      right = title.right + dash + right
    } else if let lesson = state.view.lessonPane {
      left += "\(lesson.lessonNumber)/\(lesson.lessonCount) \(lesson.title)"
      right = "\(labels[.step]) \(lesson.stepNumber)/\(lesson.stepCount)" + dash + right
    } else {
      left += labels[.sandbox]
    }
    if state.showsMap { left += dash + labels[.mapTitle] }
    if state.options.showsSeed && state.view.titleBar == nil {
      right = TitleSeed.text(state.view.cluster.options.seed, state.view.language) + dash + right
    }
    let width = state.size.width
    let rightText = " " + right + " "
    let rightWidth = TextWidth.of(rightText)
    let rightColumn = max(2, width - 2 - rightWidth)
    // A title too long for the bar is cut with an ellipsis, and still ends in a space.
    let room = max(0, rightColumn - 3 - 2)
    let leftText =
      " " + (TextWidth.of(left) > room ? TextWidth.clipped(left, to: max(0, room - 1)) + "…" : left) + " "
    canvas.put(
      leftText, at: Position(row: 0, column: 2), style: state.theme.style(.title),
      limit: rightColumn - 3)
    canvas.put(
      rightText, at: Position(row: 0, column: rightColumn), style: state.theme.style(.title),
      limit: width - 2 - rightColumn)
  }

  /// `F1 help  F2 한/EN  F3 hint  F4 solution  F5 map  F6 lessons  F10 quit`.
  static func drawKeyBar(_ state: ScreenState, _ layout: Layout, on canvas: inout Canvas) {
    let labels = state.labels
    let hasLesson = state.view.lessonPane != nil
    let keys: [(String, UILabel, Bool)] = [
      ("F1", .keyHelp, true), ("F2", .keyLanguage, true), ("F3", .keyHint, hasLesson),
      ("F4", .keySolution, hasLesson), ("F5", .keyMap, true),
      ("F6", .keyLessons, state.view.lessonList != nil),
      ("F10", .keyQuit, true),
    ]
    var line: StyledLine = [StyledRun(" ")]
    for (index, (name, label, enabled)) in keys.enumerated() {
      if index > 0 { line.append(StyledRun("  ")) }
      line.append(StyledRun(name, state.theme.style(enabled ? .keyName : .disabled)))
      line.append(
        StyledRun(" " + labels[label], state.theme.style(enabled ? .keyLabel : .disabled)))
    }
    canvas.put(line, at: Position(row: layout.keyBar, column: 1), limit: state.size.width - 2)
  }
}
