/// The presenter's keys and typing (`kubetutor present`).
///
/// On an empty input line, Space and → ask the session for the step's next command, which
/// the screen then types a character at a time (``ScreenEvent/typingTick``) and runs as if
/// Enter had been pressed; ← asks to go back a step. While a command is being typed, Space,
/// → or Enter types the rest at once and runs it, Ctrl-C drops it, and other keys wait. With
/// text in the line, every key edits it as usual: the presenter may type freely at any time.
extension ScreenUpdate {
  /// The effects of a presenter's key, or nil when the key is an ordinary one.
  static func presenterKey(_ state: inout ScreenState, _ key: Key) -> [ScreenEffect]? {
    if state.typing != nil {
      switch key {
      case .character(" "), .right, .enter:
        return finishTyping(&state)
      case .control("c"):
        state.typing = nil
        state.editor.clear()
        return []
      case .function, .pageUp, .pageDown, .shiftUp, .shiftDown, .shiftPageUp, .shiftPageDown,
        .wheelUp, .wheelDown:
        return nil
      default:
        return []
      }
    }
    guard state.editor.isEmpty, state.pending == nil, state.search == nil else { return nil }
    switch key {
    case .character(" "), .right:
      state.terminalScroll = 0
      return [.present(.forward)]
    case .left:
      state.terminalScroll = 0
      return [.present(.back)]
    default:
      return nil
    }
  }

  /// Starts typing `text` into the (empty) input line.
  static func startTyping(_ state: inout ScreenState, _ text: String) {
    state.editor.clear()
    state.typing = TypingAnimation(text)
  }

  /// One more character of the command in the line; once it is whole, it runs.
  static func typingTick(_ state: inout ScreenState) -> [ScreenEffect] {
    guard var typing = state.typing else { return [] }
    if !typing.isDone {
      state.editor.insert(String(typing.characters[typing.typed]))
      typing.typed += 1
    }
    state.typing = typing
    return typing.isDone ? finishTyping(&state) : []
  }

  /// The rest of the command at once, then Enter.
  static func finishTyping(_ state: inout ScreenState) -> [ScreenEffect] {
    guard let typing = state.typing else { return [] }
    state.editor.insert(String(typing.characters[typing.typed...]))
    state.typing = nil
    state.terminalScroll = 0
    return enter(&state)
  }
}
