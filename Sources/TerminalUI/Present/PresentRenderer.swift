import Kubectl

/// Draws a presenter's screen (`kubetutor present`): the lesson with wide margins, the
/// terminal, the cluster map under it (see ``Layout/init(presenting:showsMap:margin:)``), and
/// a one-line key reminder instead of the function keys. Pure, as ``ScreenRenderer`` is.
enum PresentRenderer {
  static func render(_ state: ScreenState) -> Canvas {
    var canvas = Canvas(size: state.size)
    let layout = state.layout
    if layout.isTooSmall {
      TooSmallRenderer.draw(state, on: &canvas)
      return canvas
    }
    drawFrame(state, layout, on: &canvas)
    if let pane = layout.pane, let lesson = state.view.lessonPane {
      LessonRenderer(
        pane: lesson, width: pane.width, theme: state.theme, glyphs: state.glyphs,
        labels: state.labels
      )
      .draw(in: pane, scroll: state.lessonScroll, on: &canvas)
    }
    if let map = layout.map {
      let model =
        state.mapModel ?? ClusterMapModel(state.view.cluster, connection: state.view.lastConnection)
      ClusterMapRenderer(
        model: model, theme: state.theme, glyphs: state.glyphs, labels: state.labels
      )
      .draw(
        in: Rect(row: map.row, column: map.column + 1, width: map.width - 2, height: map.height),
        on: &canvas)
    }
    TerminalRenderer.draw(state, in: layout.terminal, on: &canvas)
    if let overlay = state.overlay {
      canvas.cursor = nil
      OverlayRenderer.draw(overlay, state, layout, on: &canvas)
    }
    return canvas
  }

  static func drawFrame(_ state: ScreenState, _ layout: Layout, on canvas: inout Canvas) {
    let glyphs = state.glyphs
    let border = state.theme.style(.border)
    let size = state.size
    ScreenRenderer.drawBorders(state, layout, pane: layout.paneArea, on: &canvas)
    // Side by side, the map sits under the lesson with a rule of its own above it.
    if let area = layout.paneArea, layout.sideBySide, let map = layout.map {
      let rule = glyphs.teeRight + String(repeating: glyphs.horizontal, count: map.width) + glyphs.teeLeft
      canvas.put(rule, at: Position(row: map.row - 1, column: area.right), style: border)
    }
    // NB: the map is always on beside the terminal here; the title need not say so.
    var titled = state
    titled.showsMap = layout.map != nil && layout.pane == nil
    ScreenRenderer.drawTitle(titled, on: &canvas)
    let reminder = PresenterLabels.keys(
      state.view.language, bilingual: state.options.presentation?.bilingual ?? false)
    canvas.put(
      [StyledRun(" "), StyledRun(reminder, state.theme.style(.keyLabel))],
      at: Position(row: layout.keyBar, column: 1), limit: size.width - 2)
  }
}

/// The seed in the title bar: `seed 7`, `시드 7`.
enum TitleSeed {
  static func text(_ seed: UInt64, _ language: Language) -> String {
    (language == .ko ? "시드 " : "seed ") + String(seed)
  }
}

/// The presenter's own screen words.
enum PresenterLabels {
  /// The one-line key reminder.
  static func keys(_ language: Language, bilingual: Bool) -> String {
    if bilingual {
      return "Space/→ 다음 명령 next  ← 이전 단계 back  F5 지도 map  F10 종료 quit"
    }
    switch language {
    case .ko: return "Space/→ 다음 명령  ← 이전 단계  명령 직접 입력 가능  F5 지도  F10 종료"
    case .en: return "Space/→ next command  ← back a step  or type any command  F5 map  F10 quit"
    }
  }

  /// The language's name in the title bar when both are shown.
  static let bothLanguages = "한국어 · English"
}
