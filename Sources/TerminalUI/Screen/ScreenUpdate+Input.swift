import Foundation

extension ScreenUpdate {
  /// Words the screen answers itself, before the session sees the line.
  static let screenCommands: Set<String> = ["quit", "map", "keys", "lessons"]

  static func inputKey(_ state: inout ScreenState, _ key: Key) -> [ScreenEffect] {
    if state.search != nil { return searchKey(&state, key) }
    switch key {
    case .enter:
      return enter(&state)
    case .tab:
      return [.complete(line: state.editor.text, cursor: state.editor.cursor)]
    case .up:
      if let entry = state.history.previous(current: state.editor.text) { state.editor.set(entry) }
    case .down:
      if let entry = state.history.next() { state.editor.set(entry) }
    case .control("c"):
      echo(&state, state.editor.text, suffix: "^C")
      state.editor.clear()
      state.pending = nil
      state.history.endBrowsing()
    case .control("d"):
      if state.editor.isEmpty && state.pending == nil && state.view.location != .laptop {
        echo(&state, "")
        return [.leaveShell]
      } else if state.editor.isEmpty && state.pending == nil {
        state.overlay = .quitQuestion
      } else {
        state.editor.apply(.delete)
      }
    case .control("l"):
      state.scrollback.clear()
    case .control("r"):
      state.search = ReverseSearch(original: state.editor.text)
    default:
      if state.editor.apply(key) { state.history.endBrowsing() }
    }
    return []
  }

  /// Enter: echo the line, then answer it here (`map`, `quit`...) or hand it to the session.
  static func enter(_ state: inout ScreenState) -> [ScreenEffect] {
    let line = state.editor.text
    echo(&state, line)
    state.editor.clear()
    state.history.endBrowsing()
    let text = state.pending.map { $0 + "\n" + line } ?? line
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if state.pending == nil {
      if trimmed.isEmpty { return [] }
      if screenCommands.contains(trimmed) {
        state.history.add(trimmed)
        switch trimmed {
        case "quit":
          if state.view.asksBeforeQuit {
            state.overlay = .quitQuestion
          } else {
            state.isFinished = true
          }
        case "map": state.showsMap.toggle()
        case "keys": state.overlay = .help
        default: state.overlay = .lessons(selected: state.view.lessonList?.current ?? 0)
        }
        return [.remember(trimmed)]
      }
    }
    return [.submit(text)]
  }

  /// Writes the prompt and `line` into the scrollback, as a terminal shows an entered line.
  static func echo(_ state: inout ScreenState, _ line: String, suffix: String = "") {
    let promptRole: Role = state.pending == nil ? .prompt(state.view.location) : .input
    let lines = line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, part) in lines.enumerated() {
      let prompt = index == 0 ? state.currentPrompt : "> "
      var segments = [Scrollback.Segment(text: prompt, role: index == 0 ? promptRole : .input)]
      segments.append(Scrollback.Segment(text: part, role: .input))
      if index == lines.count - 1 && !suffix.isEmpty {
        segments.append(Scrollback.Segment(text: suffix, role: .input))
      }
      // The first line goes after output that did not end its line, as the prompt was.
      if index == 0 && state.pending == nil {
        state.scrollback.appendToOpenLine(segments)
      } else {
        state.scrollback.appendLine(segments)
      }
    }
  }

  // MARK: Completion

  static func completed(
    _ state: inout ScreenState, _ completion: Completion, line: String, cursor: Int
  ) {
    guard state.editor.text == line, state.editor.cursor == cursor, !completion.candidates.isEmpty
    else { return }
    let word = String(Array(line)[completion.range])
    if completion.candidates.count == 1, let only = completion.candidates.first {
      let ending = only.hasSuffix("/") || only.hasSuffix("=") ? "" : " "
      state.editor.replace(completion.range, with: only + ending)
      return
    }
    let common = completion.commonPrefix
    if common.count > word.count {
      state.editor.replace(completion.range, with: common)
      return
    }
    echo(&state, line)
    listCandidates(&state, completion.candidates)
  }

  /// Lists candidates in columns under the echoed line, as bash does.
  static func listCandidates(_ state: inout ScreenState, _ candidates: [String]) {
    let shown = candidates.prefix(200)
    let width = max(1, state.layout.terminal.width)
    let column = min(width, (shown.map { TextWidth.of($0) }.max() ?? 0) + 2)
    let perRow = max(1, width / max(1, column))
    var row = ""
    for (index, candidate) in shown.enumerated() {
      let last = index % perRow == perRow - 1 || index == shown.count - 1
      row += last ? candidate : TextWidth.padded(candidate, to: column)
      if index % perRow == perRow - 1 || index == shown.count - 1 {
        state.scrollback.appendLine([Scrollback.Segment(text: row, role: .output)])
        row = ""
      }
    }
    if candidates.count > shown.count {
      let more = state.labels.text(.mapMore, ["count": String(candidates.count - shown.count)])
      state.scrollback.appendLine([Scrollback.Segment(text: more, role: .notice)])
    }
  }

  // MARK: Reverse search (Ctrl-R)

  static func searchKey(_ state: inout ScreenState, _ key: Key) -> [ScreenEffect] {
    guard var search = state.search else { return [] }
    switch key {
    case .character(let character):
      search.query.append(character)
      search.match = state.history.search(search.query, from: search.match) ?? search.match
    case .backspace:
      if !search.query.isEmpty { search.query.removeLast() }
      search.match = search.query.isEmpty ? nil : state.history.search(search.query)
    case .control("r"):
      if let match = search.match, match > 0,
        let older = state.history.search(search.query, from: match - 1)
      {
        search.match = older
      } else if search.match == nil {
        search.match = state.history.search(search.query)
      }
    case .control("c"), .control("g"):
      state.editor.set(search.original)
      state.search = nil
      return []
    case .escape:
      acceptSearch(&state, search)
      return []
    default:
      acceptSearch(&state, search)
      return inputKey(&state, key)
    }
    state.search = search
    return []
  }

  static func acceptSearch(_ state: inout ScreenState, _ search: ReverseSearch) {
    if let match = search.match { state.editor.set(state.history.entries[match]) }
    state.search = nil
  }

  /// True when the search's query is not in its match (shown as a failed search).
  static func searchFailed(_ state: ScreenState) -> Bool {
    guard let search = state.search, !search.query.isEmpty else { return false }
    guard let match = search.match else { return true }
    return !state.history.entries[match].contains(search.query)
  }
}
