import Kubectl

/// The screen's behaviour: how each event changes the state, and what it asks the program
/// around it to do. Pure: no terminal, no session, no clock, no files.
///
/// ```swift
/// var state = ScreenState(size: size, view: SessionView(of: session), labels: labels, options: options)
/// let effects = ScreenUpdate.update(&state, .key(.function(5)))   // the map opens
/// ```
public enum ScreenUpdate {
  public static func update(_ state: inout ScreenState, _ event: ScreenEvent) -> [ScreenEffect] {
    switch event {
    case .key(let key):
      return keyPressed(&state, key)
    case .resize(let size):
      state.size = size
      clampScrolling(&state)
      return []
    case .replied(let reply, let line):
      return replied(&state, reply, line: line)
    case .needsMoreInput(let text):
      state.pending = text
      return []
    case .completed(let completion, let line, let cursor):
      completed(&state, completion, line: line, cursor: cursor)
      return []
    case .refreshed(let view, let labels):
      refreshed(&state, view, labels)
      return []
    case .announced(let reply):
      announced(&state, reply)
      return []
    case .typingTick:
      return typingTick(&state)
    }
  }

  static func keyPressed(_ state: inout ScreenState, _ key: Key) -> [ScreenEffect] {
    if let overlay = state.overlay { return overlayKey(&state, overlay, key) }
    if state.options.presentation != nil, let effects = presenterKey(&state, key) { return effects }
    switch key {
    case .function(1):
      state.overlay = .help
    case .function(2):
      return [.perform(.setLanguage(state.view.language == .ko ? .en : .ko))]
    case .function(3):
      return [.perform(.hint)]
    case .function(4):
      return [.perform(.solution)]
    case .function(5):
      state.showsMap.toggle()
      clampScrolling(&state)
    case .function(6):
      state.overlay = .lessons(selected: state.view.lessonList?.current ?? 0)
    case .function(10):
      // NB: an exam still running asks first: one key must not end it.
      if state.view.asksBeforeQuit {
        state.overlay = .quitQuestion
      } else {
        state.isFinished = true
      }
    case .pageUp:
      scrollTerminal(&state, by: state.layout.terminal.height - 2)
    case .pageDown:
      scrollTerminal(&state, by: -(state.layout.terminal.height - 2))
    case .wheelUp:
      scrollTerminal(&state, by: 3)
    case .wheelDown:
      scrollTerminal(&state, by: -3)
    case .shiftUp:
      scrollLesson(&state, by: -1)
    case .shiftDown:
      scrollLesson(&state, by: 1)
    case .shiftPageUp:
      scrollLesson(&state, by: -((state.layout.pane?.height ?? 2) - 1))
    case .shiftPageDown:
      scrollLesson(&state, by: (state.layout.pane?.height ?? 2) - 1)
    default:
      state.terminalScroll = 0
      return inputKey(&state, key)
    }
    return []
  }

  static func replied(_ state: inout ScreenState, _ reply: SessionReply, line: String?)
    -> [ScreenEffect]
  {
    append(&state, reply)
    state.pending = nil
    state.terminalScroll = 0
    if reply.quit { state.isFinished = true }
    if let text = reply.typing { startTyping(&state, text) }
    guard let line else { return [] }
    state.history.add(line)
    return [.remember(line)]
  }

  /// Text the session gave by itself: printed above the input line, which stays as it is
  /// (a here-document being typed, the view scrolled back).
  static func announced(_ state: inout ScreenState, _ reply: SessionReply) {
    let before = state.scrollback.rowCount(width: state.layout.terminal.width)
    append(&state, reply)
    if state.terminalScroll > 0 {
      let after = state.scrollback.rowCount(width: state.layout.terminal.width)
      state.terminalScroll += max(0, after - before)
      scrollTerminal(&state, by: 0)
    }
    if reply.quit { state.isFinished = true }
  }

  /// Adds a reply's text to the scrollback, each of kubetutor's messages on lines of its own.
  static func append(_ state: inout ScreenState, _ reply: SessionReply) {
    if reply.effects.contains(.clearScreen) { state.scrollback.clear() }
    for chunk in reply.chunks {
      let role: Role
      switch chunk.kind {
      case .output: role = .output
      case .error: role = .error
      case .echo: role = .input
      case .info: role = .notice
      case .success: role = .success
      case .warning: role = .warning
      }
      if role != .output && role != .error { state.scrollback.closeLine() }
      state.scrollback.append(chunk.text, role: role)
    }
    // NB: output that ends without a newline stays open: the next prompt follows it on the
    // same row, as in a terminal (`kubectl get ... -o jsonpath=...`).
  }

  static func refreshed(_ state: inout ScreenState, _ view: SessionView, _ labels: LabelBook) {
    let old = state.view.lessonPane
    state.view = view
    state.labels = labels
    if let pane = view.lessonPane,
      old?.focus != pane.focus || old?.lessonNumber != pane.lessonNumber
        || old?.stepNumber != pane.stepNumber
    {
      scrollToFocus(&state)
    }
    clampScrolling(&state)
  }

  /// Scrolls the lesson pane so that its focus block (the current step) is at the top.
  static func scrollToFocus(_ state: inout ScreenState) {
    guard let pane = state.view.lessonPane, let rect = state.layout.pane, state.showsLessonPane else {
      return
    }
    let rendered = LessonRenderer(
      pane: pane, width: rect.width, theme: state.theme, glyphs: state.glyphs, labels: state.labels)
    let focusRow = pane.focus.flatMap { rendered.firstRow(ofBlock: $0) } ?? 0
    state.lessonScroll = min(max(0, rendered.lines.count - rect.height), focusRow)
  }

  // MARK: Scrolling

  static func scrollTerminal(_ state: inout ScreenState, by rows: Int) {
    let pane = state.layout.terminal
    // Scrolled back by k, the pane shows the rows that end k - 1 rows above the last one.
    let total = state.scrollback.rowCount(width: pane.width)
    var maximum = max(0, total - (pane.height - 1) + 1)
    // After a clear, what came before is a page up even when it was short.
    let mark = state.scrollback.clearMark
    if mark > 0 {
      maximum = max(maximum, state.scrollback.rowCount(width: pane.width, from: mark) + 1)
    }
    state.terminalScroll = min(maximum, max(0, state.terminalScroll + rows))
  }

  static func scrollLesson(_ state: inout ScreenState, by rows: Int) {
    guard let pane = state.view.lessonPane, let rect = state.layout.pane, state.showsLessonPane else {
      return
    }
    let rendered = LessonRenderer(
      pane: pane, width: rect.width, theme: state.theme, glyphs: state.glyphs, labels: state.labels)
    let maximum = max(0, rendered.lines.count - rect.height)
    state.lessonScroll = min(maximum, max(0, state.lessonScroll + rows))
  }

  /// Keeps both scroll positions inside their content after a resize or a new content.
  static func clampScrolling(_ state: inout ScreenState) {
    if state.terminalScroll > 0 { scrollTerminal(&state, by: 0) }
    if state.lessonScroll > 0 { scrollLesson(&state, by: 0) }
  }
}
