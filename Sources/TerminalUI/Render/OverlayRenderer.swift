import Kubectl

/// Windows drawn over the panes: help (F1), the lesson list (F6) and the quit question.
enum OverlayRenderer {
  static func draw(
    _ overlay: Overlay, _ state: ScreenState, _ layout: Layout, on canvas: inout Canvas
  ) {
    switch overlay {
    case .help: help(state, on: &canvas)
    case .lessons(let selected): lessons(state, selected: selected, on: &canvas)
    case .quitQuestion: question(state, on: &canvas)
    }
  }

  /// A box centred over the panes, `lines` inside, as wide as its widest line allows, with
  /// `footer` (the keys that close it) in its bottom border.
  static func window(
    _ title: String, _ lines: [StyledLine], footer: String? = nil, _ state: ScreenState,
    on canvas: inout Canvas
  ) {
    let size = state.size
    let body = Rect(row: 1, column: 1, width: size.width - 2, height: state.layout.footerRule - 1)
    let widest = max(
      TextWidth.of(title) + 4, TextWidth.of(footer ?? "") + 4, lines.map(\.displayWidth).max() ?? 0)
    let width = min(body.width - 2, widest + 4)
    let height = min(body.height, lines.count + 2)
    let rect = Rect(
      row: body.row + (body.height - height) / 2, column: (size.width - width) / 2, width: width,
      height: height)
    canvas.fill(rect)
    canvas.box(
      rect, glyphs: state.glyphs, style: state.theme.style(.border), title: title,
      titleStyle: state.theme.style(.title))
    if let footer, width > 6 {
      canvas.put(
        " " + footer + " ", at: Position(row: rect.bottom - 1, column: rect.column + 2),
        style: state.theme.style(.disabled), limit: width - 4)
    }
    for (index, line) in lines.prefix(height - 2).enumerated() {
      canvas.put(
        line, at: Position(row: rect.row + 1 + index, column: rect.column + 2), limit: width - 4)
    }
  }

  static func help(_ state: ScreenState, on canvas: inout Canvas) {
    let labels = state.labels
    let theme = state.theme
    let functionKeys: [(String, UILabel, String)] = [
      ("F1", .helpF1, "keys"), ("F2", .helpF2, "lang ko, lang en"), ("F3", .helpF3, "hint"),
      ("F4", .helpF4, "solution"), ("F5", .helpF5, "map"), ("F6", .helpF6, labels[.helpF6Typed]),
      ("F10", .helpF10, "quit"),
    ]
    let editingKeys: [(String, UILabel)] = [
      ("PgUp PgDn, wheel", .helpScrollTerminal), ("Shift-Up/Down/PgUp/PgDn", .helpScrollLesson),
      ("Left Right Home End Ctrl-A Ctrl-E", .helpMove), ("Ctrl-K Ctrl-U Ctrl-W", .helpKill),
      ("Up Down", .helpHistory), ("Ctrl-R", .helpSearch), ("Tab", .helpComplete),
      ("Ctrl-C", .helpCancel),
      ("Ctrl-D", .helpEndOfInput), ("Ctrl-L", .helpClear),
    ]
    let descriptionWidth = functionKeys.map { TextWidth.of(labels[$0.1]) }.max() ?? 0
    var lines: [StyledLine] = []
    for (key, label, typed) in functionKeys {
      lines.append([
        StyledRun(TextWidth.padded(key, to: 5), theme.style(.bold)),
        StyledRun(TextWidth.padded(labels[label], to: descriptionWidth + 2)),
        StyledRun(typed, theme.style(.code)),
      ])
    }
    let keyWidth = editingKeys.map { TextWidth.of($0.0) }.max() ?? 0
    lines.append([StyledRun(labels[.helpEditing], theme.style(.heading))])
    for (key, label) in editingKeys {
      lines.append([
        StyledRun(TextWidth.padded(key, to: keyWidth + 2), theme.style(.bold)),
        StyledRun(labels[label]),
      ])
    }
    window(
      labels[.helpTitle] + " " + state.glyphs.horizontal + " " + labels[.helpFunctionKeys], lines,
      footer: labels[.helpClose], state, on: &canvas)
  }

  static func lessons(_ state: ScreenState, selected: Int, on canvas: inout Canvas) {
    let labels = state.labels
    let theme = state.theme
    guard let list = state.view.lessonList, !list.entries.isEmpty else {
      window(labels[.lessonsTitle], [[StyledRun(labels[.lessonsNone])]], state, on: &canvas)
      return
    }
    let room = max(1, state.layout.footerRule - 3)
    let first = max(0, min(selected - room / 2, list.entries.count - room))
    var lines: [StyledLine] = []
    // Numbers right-aligned, so that " 9." and "10." line up their titles.
    let numbers = list.entries.enumerated().map { String($0.element.number ?? $0.offset + 1) }
    let digits = numbers.map(\.count).max() ?? 1
    for (index, entry) in list.entries.enumerated().dropFirst(first).prefix(room) {
      let mark: String
      switch entry.mark {
      case .done: mark = state.glyphs.check
      case .started: mark = state.glyphs.current
      case .notStarted: mark = " "
      }
      let number = String(repeating: " ", count: digits - numbers[index].count) + numbers[index]
      var text = "\(mark) \(number). \(entry.title)"
      if let detail = entry.detail { text += "  " + detail }
      let width = min(state.size.width - 8, 70)
      let style =
        index == selected
        ? theme.style(.selection) : (entry.mark == .done ? theme.style(.success) : .plain)
      lines.append([StyledRun(TextWidth.padded(text, to: width), style)])
    }
    window(labels[.lessonsTitle], lines, footer: labels[.lessonsKeys], state, on: &canvas)
  }

  static func question(_ state: ScreenState, on canvas: inout Canvas) {
    window(
      "kubetutor", [[StyledRun(state.labels[.quitQuestion], state.theme.style(.bold))]], state,
      on: &canvas)
  }
}

/// Below 80x24: a message asking for a larger terminal, in both languages, instead of a
/// broken screen.
enum TooSmallRenderer {
  static func draw(_ state: ScreenState, on canvas: inout Canvas) {
    let size = state.size
    guard size.width > 0, size.height > 0 else { return }
    let values = ["width": String(size.width), "height": String(size.height)]
    let first = state.view.language
    let languages = first == .ko ? [Language.ko, .en] : [Language.en, .ko]
    var lines: [String] = []
    for (index, language) in languages.enumerated() {
      if index > 0 { lines.append("") }
      let text =
        index == 0
        ? state.labels.text(.tooSmall, values)
        : LabelBook(language: language).text(.tooSmall, values)
      lines += TextWrapper.wrapped(text, toWidth: max(1, size.width - 2))
    }
    if lines.count > size.height {
      lines = Array(
        lines.prefix(
          TextWrapper.wrapped(state.labels.text(.tooSmall, values), toWidth: max(1, size.width - 2))
            .count))
    }
    let top = max(0, (size.height - lines.count) / 2)
    for (index, line) in lines.prefix(size.height).enumerated() {
      let column = max(0, (size.width - TextWidth.of(line)) / 2)
      canvas.put(
        line, at: Position(row: top + index, column: column),
        style: index < lines.count ? .bold : .plain)
    }
    canvas.cursor = nil
  }
}
