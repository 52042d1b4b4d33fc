extension ScreenUpdate {
  static func overlayKey(_ state: inout ScreenState, _ overlay: Overlay, _ key: Key)
    -> [ScreenEffect]
  {
    if key == .function(10) {
      if state.view.asksBeforeQuit && overlay != .quitQuestion {
        state.overlay = .quitQuestion
      } else {
        state.isFinished = true
      }
      return []
    }
    switch overlay {
    case .help:
      if [.escape, .function(1), .enter, .character("q"), .control("c")].contains(key) {
        state.overlay = nil
      }
    case .quitQuestion:
      switch key {
      case .character("y"), .character("Y"), .control("d"):
        state.isFinished = true
      default:
        state.overlay = nil
      }
    case .lessons(let selected):
      let count = state.view.lessonList?.entries.count ?? 0
      switch key {
      case .up:
        state.overlay = .lessons(selected: max(0, selected - 1))
      case .down:
        state.overlay = .lessons(selected: min(max(0, count - 1), selected + 1))
      case .home:
        state.overlay = .lessons(selected: 0)
      case .end:
        state.overlay = .lessons(selected: max(0, count - 1))
      case .enter:
        state.overlay = nil
        if selected < count {
          state.showsMap = false
          return [.perform(.openLesson(selected))]
        }
      case .escape, .function(6), .character("q"), .control("c"):
        state.overlay = nil
      default:
        break
      }
    }
    return []
  }
}
