/// Draws the terminal pane: the scrollback, then the prompt and the line being typed, with
/// the cursor placed by display width.
enum TerminalRenderer {
  static func draw(_ state: ScreenState, in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    let theme = state.theme
    if state.terminalScroll > 0 {
      let rows = state.scrollback.rows(
        rect.height - 1, skipping: state.terminalScroll - 1, width: rect.width, from: 0,
        theme: theme)
      for (index, row) in rows.enumerated() {
        canvas.put(row, at: Position(row: rect.row + index, column: rect.column), limit: rect.width)
      }
      let note = TextWidth.padded(" " + state.labels[.scrolledBack], to: rect.width)
      canvas.put(
        note, at: Position(row: rect.bottom - 1, column: rect.column),
        style: theme.style(.selection), limit: rect.width)
      canvas.cursor = nil
      return
    }
    let input = InputLayout(state: state, width: rect.width)
    let inputRows = input.rows.suffix(rect.height)
    let hidden = input.rows.count - inputRows.count
    // Output that did not end its line has the prompt after it, as in a terminal.
    let history = state.scrollback.rows(
      rect.height - inputRows.count, skipping: 0, width: rect.width,
      from: state.scrollback.clearMark, theme: theme, excludingOpenLine: input.startsOnOpenLine)
    for (index, row) in history.enumerated() {
      canvas.put(row, at: Position(row: rect.row + index, column: rect.column), limit: rect.width)
    }
    let top = rect.row + history.count
    for (index, row) in inputRows.enumerated() {
      canvas.put(row, at: Position(row: top + index, column: rect.column), limit: rect.width)
    }
    let cursorRow = input.cursor.row - hidden
    if cursorRow >= 0 && cursorRow < inputRows.count {
      canvas.cursor = Position(
        row: top + cursorRow, column: rect.column + min(input.cursor.column, rect.width - 1))
    }
  }
}

/// The prompt and the line being typed, wrapped to the pane's width as a terminal wraps
/// them, and where the cursor is in it.
struct InputLayout {
  var rows: [StyledLine] = [[]]
  /// Row (from the first input row) and column of the cursor.
  var cursor = Position(row: 0, column: 0)
  /// Whether the rows begin with the scrollback's open last line (output with no newline).
  var startsOnOpenLine = false

  init(state: ScreenState, width: Int) {
    let theme = state.theme
    var prompt = state.currentPrompt
    var promptStyle = theme.style(state.pending == nil ? .prompt(state.view.location) : .input)
    var text = state.editor.characters
    var cursorIndex = state.editor.cursor
    if let search = state.search {
      let failed = ScreenUpdate.searchFailed(state)
      prompt = state.labels[failed ? .searchFailed : .searchPrompt] + "`" + search.query + "': "
      promptStyle = theme.style(.notice)
      let entry = search.match.map { state.history.entries[$0] } ?? ""
      text = Array(entry)
      let found = search.query.isEmpty ? nil : entry.range(of: search.query)
      cursorIndex =
        found.map { entry.distance(from: entry.startIndex, to: $0.lowerBound) } ?? text.count
    }
    var lead: StyledLine = []
    if state.search == nil, state.pending == nil, let open = state.scrollback.openLine {
      lead = open.segments.map { StyledRun($0.text, theme.style($0.role)) }
    }
    self.init(
      prompt: prompt, promptStyle: promptStyle, text: text, cursorIndex: cursorIndex,
      inputStyle: theme.style(.input), width: width, lead: lead)
    startsOnOpenLine = !lead.isEmpty
  }

  init(
    prompt: String, promptStyle: Style, text: [Character], cursorIndex: Int, inputStyle: Style,
    width: Int, lead: StyledLine = []
  ) {
    let width = max(1, width)
    var column = 0
    var row: StyledLine = []
    var cursorPending = false
    func place(_ character: Character, _ style: Style) {
      let columns = TextWidth.of(character)
      if column + columns > width && column > 0 {
        rows[rows.count - 1] = row
        rows.append([])
        row = []
        column = 0
      }
      if cursorPending {
        cursor = Position(row: rows.count - 1, column: column)
        cursorPending = false
      }
      if let last = row.last, last.style == style {
        row[row.count - 1].text.append(character)
      } else {
        row.append(StyledRun(String(character), style))
      }
      column += columns
    }
    func newLine() {
      rows[rows.count - 1] = row
      rows.append([])
      row = []
      column = 0
    }
    for run in lead {
      for character in run.text { place(character, run.style) }
    }
    for character in prompt { place(character, promptStyle) }
    for (index, character) in text.enumerated() {
      if index == cursorIndex { cursorPending = true }
      if character == "\n" {
        if cursorPending {
          cursor = Position(row: rows.count - 1, column: column)
          cursorPending = false
        }
        newLine()
        for mark in "> " { place(mark, inputStyle) }
      } else {
        place(character, inputStyle)
      }
    }
    rows[rows.count - 1] = row
    if cursorIndex >= text.count {
      if column >= width {
        rows.append([])
        self.cursor = Position(row: rows.count - 1, column: 0)
      } else {
        self.cursor = Position(row: rows.count - 1, column: column)
      }
    }
  }
}
