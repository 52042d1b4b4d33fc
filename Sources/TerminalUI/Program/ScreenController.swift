import Foundation

/// Runs the screen: reads input from a backend, updates the state, carries out the effects
/// against the session, and draws each new frame. The only place where the pure screen meets
/// the session and the terminal; all on one thread.
public final class ScreenController {
  public private(set) var state: ScreenState
  public let session: ScreenSession
  public let backend: TerminalBackend
  public let options: ScreenOptions
  private var lastTick = ContinuousClock.now

  public init(session: ScreenSession, backend: TerminalBackend, options: ScreenOptions) {
    self.session = session
    self.backend = backend
    var options = options
    options.color = options.color && backend.supportsColor
    self.options = options
    let view = SessionView(of: session)
    state = ScreenState(
      size: backend.size, view: view, labels: LabelBook(session.label), options: options,
      history: options.historyStore?.load() ?? [])
    if view.lessonPane == nil {
      state.scrollback.append(state.labels[.sandboxWelcome] + "\n", role: .notice)
    }
    if let announcement = session.takeAnnouncement() {
      _ = ScreenUpdate.update(&state, .announced(announcement))
    }
    ScreenUpdate.scrollToFocus(&state)
    draw()
  }

  /// Handles one event and everything it leads to, then draws.
  public func send(_ event: ScreenEvent) {
    var queue = [event]
    while !queue.isEmpty {
      let effects = ScreenUpdate.update(&state, queue.removeFirst())
      for effect in effects { queue += perform(effect) }
    }
    draw()
  }

  /// Handles input from the backend.
  public func handle(_ event: BackendEvent) {
    switch event {
    case .key(let key): send(.key(key))
    case .resize(let size): send(.resize(size))
    }
  }

  /// Lets the session's time pass; redraws when it changed what the screen shows.
  public func tick() {
    lastTick = ContinuousClock.now
    guard session.tick() else { return }
    if let announcement = session.takeAnnouncement() {
      _ = ScreenUpdate.update(&state, .announced(announcement))
    }
    send(refreshed())
  }

  /// Handles every event already waiting in the backend (tests, benchmarks).
  public func processQueuedInput() {
    while !state.isFinished, let event = backend.nextEvent(timeout: 0) { handle(event) }
  }

  /// Reads and handles input until the learner leaves, or `stop` says so (checked at least
  /// every tenth of a second), with clock ticks between keys.
  public func run(until stop: () -> Bool = { false }) {
    let interval = Duration.milliseconds(Int(options.tickInterval * 1000))
    var typing = TypingClock(charactersPerSecond: options.presentation?.charactersPerSecond)
    while !state.isFinished && !stop() {
      let timeout = state.typing == nil ? 0.1 : typing.secondsToNext()
      if let event = backend.nextEvent(timeout: timeout) { handle(event) }
      if state.typing == nil {
        typing.reset()
      } else if typing.isDue() {
        send(.typingTick)
      }
      if ContinuousClock.now - lastTick >= interval { tick() }
    }
  }

  /// Draws the current state (after an editor, everything is repainted).
  public func draw() {
    backend.draw(ScreenRenderer.render(state))
  }

  private func refreshed() -> ScreenEvent {
    let view = SessionView(of: session)
    let labels = view.language == state.view.language ? state.labels : LabelBook(session.label)
    return .refreshed(view, labels)
  }

  private func perform(_ effect: ScreenEffect) -> [ScreenEvent] {
    switch effect {
    case .submit(let text):
      if session.needsMoreInput(text) { return [.needsMoreInput(text)] }
      let reply = session.submit(text)
      return [.replied(reply, line: text), refreshed()]
    case .perform(let action):
      return [.replied(session.perform(action), line: nil), refreshed()]
    case .leaveShell:
      return [.replied(session.submit("exit"), line: nil), refreshed()]
    case .complete(let line, let cursor):
      return [
        .completed(session.completions(for: line, cursor: cursor), line: line, cursor: cursor)
      ]
    case .remember(let entry):
      options.historyStore?.append(entry)
      return []
    case .refresh:
      return [refreshed()]
    case .present(let move):
      guard let presenter = session as? PresentingSession else { return [] }
      let reply = move == .forward ? presenter.forward() : presenter.back()
      return [.replied(reply, line: nil), refreshed()]
    }
  }
}
