import Foundation
import Kubectl

/// `kubetutor present --plain` (and a script piped into `present`): the presenter as a line
/// program.
extension Presenter {
  /// What one presenter's line does: the step's next command (an empty line), back, or the
  /// line as typed.
  public enum PlainAction: Equatable, Sendable {
    /// Type and run the next solution line, or let time pass when all have run.
    case forward
    /// Back to the start of this step, or the one before.
    case back
    /// Run the line as typed.
    case line(String)
  }

  /// The action of a presenter's line: empty is forward, `back` (or `prev`) is back.
  public static func action(of line: String) -> PlainAction {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return .forward }
    if ["back", "prev", "previous"].contains(trimmed) { return .back }
    return .line(line)
  }

  /// Goes forward once: returns the line it typed (nil when none was left) and what came of
  /// it. With no line left, lets time pass until the step completes (``settle(patience:)``);
  /// with the lesson complete, says so.
  public func forward() -> (typed: String?, response: TutorialResponse) {
    if let line = nextLine() { return (line, submit(line)) }
    var response = TutorialResponse()
    let language = session.language
    if session.isLessonComplete {
      response.line(.message, PresenterStrings.text("present.done", language))
      return (nil, response)
    }
    response.line(.message, PresenterStrings.text("present.waiting", language))
    let step = session.stepIndex
    let waited = settle()
    response.chunks += waited.chunks
    response.events += waited.events
    response.lessonChanged = waited.lessonChanged
    if session.stepIndex == step && !session.isLessonComplete {
      response.line(.warning, PresenterStrings.text("present.stuck", language))
    }
    return (nil, response)
  }

  /// Reads the presenter's lines until they end or `quit`, as `learn --plain` does: with
  /// `echo` (a script) every line is written after its prompt, else the prompt is written
  /// before reading; an empty line types the step's next command through `type` (which may
  /// animate it) after a prompt, and runs it.
  public func run(
    readLine: () -> String?, echo: Bool, type: (String) -> Void, write: (String) -> Void
  ) {
    while true {
      let prompt = session.prompt
      if !echo { write(prompt) }
      guard var line = readLine() else { return }
      while session.needsMoreInput(line) {
        if !echo { write("> ") }
        guard let more = readLine() else { break }
        line += "\n" + more
      }
      switch Presenter.action(of: line) {
      case .forward:
        // NB: the empty line stays as it was typed; the command is typed after a new prompt.
        write(prompt)
        let response = forwardTyping(type)
        write("\n" + response.text)
      case .back:
        if echo { write(prompt + line + "\n") }
        write(back().text)
      case .line(let text):
        if echo { write(prompt + text.replacingOccurrences(of: "\n", with: "\n> ") + "\n") }
        let response = submit(text)
        write(response.text)
        if response.quit { return }
      }
    }
  }

  private func forwardTyping(_ type: (String) -> Void) -> TutorialResponse {
    guard let line = nextLine() else { return forward().response }
    type(line.replacingOccurrences(of: "\n", with: "\n> "))
    return submit(line)
  }
}
