import Tutorial
/// Lays out a ``LessonPane`` as lines at a width: prose wrapped, commands and diagrams kept
/// as typed, hints and the solution where they were revealed, `✓` on completed steps.
struct LessonRenderer {
  /// The pane's lines, top first.
  private(set) var lines: [StyledLine] = []
  /// The first line of each block.
  private(set) var blockStarts: [Int] = []
  private let theme: Theme
  private let glyphs: Glyphs

  /// Columns of margin left of the text.
  static let margin = 1

  init(pane: LessonPane, width: Int, theme: Theme, glyphs: Glyphs, labels: LabelBook) {
    self.theme = theme
    self.glyphs = glyphs
    let textWidth = max(4, width - 2 * LessonRenderer.margin)
    var previous: LessonBlock?
    for block in pane.blocks {
      if let previous, LessonRenderer.separated(previous, block) { lines.append([]) }
      blockStarts.append(lines.count)
      lines += layout(block, width: textWidth, labels: labels)
      previous = block
    }
  }

  func firstRow(ofBlock index: Int) -> Int? {
    index >= 0 && index < blockStarts.count ? blockStarts[index] : nil
  }

  /// Draws the lines from `scroll` into `rect`, with marks where more text is above or below.
  func draw(in rect: Rect, scroll: Int, on canvas: inout Canvas) {
    let visible = lines.dropFirst(scroll).prefix(rect.height)
    for (index, line) in visible.enumerated() {
      canvas.put(
        line, at: Position(row: rect.row + index, column: rect.column + LessonRenderer.margin),
        limit: rect.width - 2 * LessonRenderer.margin)
    }
    let mark = theme.style(.disabled)
    if scroll > 0 {
      canvas.put(
        glyphs.moreAbove, at: Position(row: rect.row, column: rect.right - 1), style: mark, limit: 1
      )
    }
    if scroll + rect.height < lines.count {
      canvas.put(
        glyphs.moreBelow, at: Position(row: rect.bottom - 1, column: rect.right - 1), style: mark,
        limit: 1)
    }
  }

  /// Blocks of one kind in a row sit together; others get an empty line between them.
  static func separated(_ previous: LessonBlock, _ next: LessonBlock) -> Bool {
    switch (previous, next) {
    case (.command, .command), (.bullet, .bullet), (.step, .step), (.hint, .hint),
      (.choice, .choice), (.marked, .marked):
      return false
    case (.spacer, _), (_, .spacer): return false
    default: return true
    }
  }

  private func runs(_ spans: [LessonSpan], base: Role? = nil) -> StyledLine {
    spans.map { span in
      let role: Role
      switch span.kind {
      case .plain: role = base ?? .output
      case .bold: role = .bold
      case .emphasis: role = .emphasis
      case .code: role = .code
      case .value: role = .value
      }
      var style = theme.style(role)
      if let base, span.kind != .plain { style = style.adding(theme.style(base).attributes) }
      return StyledRun(span.text, style)
    }
  }

  /// `body` wrapped to `width` after `prefix`, continuation lines indented by its width.
  private func hanging(_ prefix: StyledLine, _ body: StyledLine, width: Int) -> [StyledLine] {
    let indent = prefix.displayWidth
    let wrapped = TextWrapper.wrapped(body, toWidth: max(1, width - indent))
    return wrapped.enumerated().map { index, line in
      (index == 0 ? prefix : [StyledRun(String(repeating: " ", count: indent))]) + line
    }
  }

  /// The mark before a list row and the space after it; a row without a mark keeps the room
  /// of the widest mark, so the rows of one list line up.
  private func mark(_ mark: ListMark) -> StyledRun {
    let marks = [glyphs.current, glyphs.check, glyphs.failure, glyphs.notReady]
    let room = marks.map { TextWidth.of($0) }.max() ?? 1
    func padded(_ text: String) -> String { TextWidth.padded(text, to: room) + " " }
    switch mark {
    case .current: return StyledRun(padded(glyphs.current), theme.style(.bold))
    case .passed: return StyledRun(padded(glyphs.check), theme.style(.success))
    case .failed: return StyledRun(padded(glyphs.failure), theme.style(.failing))
    case .pending: return StyledRun(padded(glyphs.notReady), theme.style(.disabled))
    case .none: return StyledRun(padded(""))
    }
  }

  /// A command after `$ `: wrapped at spaces with a hanging indent, its continuation lines
  /// under it, a here-document's body clipped (see ``CommandLayout``).
  private func command(_ text: String, width: Int) -> [StyledLine] {
    let style = theme.style(.code)
    return CommandLayout.layout(of: text, width: width).map { row in
      [StyledRun(row.prefix, style), StyledRun(row.text, style)]
    }
  }

  private func layout(_ block: LessonBlock, width: Int, labels: LabelBook) -> [StyledLine] {
    switch block {
    case .heading(let spans):
      return TextWrapper.wrapped(runs(spans, base: .heading), toWidth: width)
    case .paragraph(let spans):
      return TextWrapper.wrapped(runs(spans), toWidth: width)
    case .bullet(let spans):
      // A numbered item ("1. ...") hangs after its number instead of a bullet.
      if case .plain? = spans.first?.kind, let first = spans.first, let number = TextBlock.numberPrefix(first.text) {
        var rest = spans
        rest[0].text = String(first.text.dropFirst(number.count))
        return hanging([StyledRun(number)], runs(rest), width: width)
      }
      return hanging([StyledRun(glyphs.bullet + " ")], runs(spans), width: width)
    case .step(let number, let title, let state):
      let mark: StyledRun
      switch state {
      case .done: mark = StyledRun(glyphs.check + " ", theme.style(.success))
      case .current: mark = StyledRun(glyphs.current + " ", theme.style(.bold))
      case .upcoming: mark = StyledRun("  ")
      }
      let role: Role = state == .upcoming ? .disabled : (state == .current ? .bold : .output)
      return hanging(
        [mark, StyledRun("\(number). ", theme.style(role))], runs(title, base: role), width: width)
    case .command(let text):
      return command(text, width: width)
    case .diagram(let text):
      // A row wider than the pane goes on in the next row rather than being cut: a clipped
      // figure can show a wrong value (`containerPort: 8080` cut to `80`).
      return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
        TextWrapper.hardWrapped([StyledRun(String($0))], toWidth: width)
      }
    case .choice(let number, let spans):
      return hanging([StyledRun("\(number)) ", theme.style(.bold))], runs(spans), width: width)
    case .hint(let number, let spans):
      let title = labels.text(.hintTitle, ["number": String(number)]) + " "
      return hanging(
        [StyledRun(title, theme.style(.hint).adding(.bold))], runs(spans, base: .hint), width: width
      )
    case .solution(let commands):
      return [[StyledRun(labels[.solutionTitle], theme.style(.hint).adding(.bold))]]
        + commands.flatMap { command($0, width: width) }
    case .success(let spans):
      return hanging(
        [StyledRun(glyphs.check + " ", theme.style(.success))], runs(spans, base: .success),
        width: width)
    case .spacer:
      return [[]]
    case .marked(let mark, let lead, let spans):
      let role: Role? = mark == .current ? .bold : nil
      var prefix: StyledLine = [self.mark(mark)]
      if !lead.isEmpty { prefix.append(StyledRun(lead + " ", theme.style(role ?? .output))) }
      return hanging(prefix, runs(spans, base: role), width: width)
    }
  }
}
