import ClusterSim
import Kubectl

/// The typed tutorial commands: help, hint, solution, check, answer, next, prev, reset, undo,
/// lessons, lesson, lang, quit.
extension TutorialSession {
  func handle(_ command: TutorialCommand, into response: inout TutorialResponse) {
    switch command {
    case .help:
      // A table: printed as it is, not reflowed as prose.
      response.line(.output, UIStrings.text("help.text", language))
      response.add(.message, "\n")
      let scratch = Shell(cluster: cluster, workspace: configuration.workspace, language: language)
      response.add(.output, scratch.run("help").output.text)
    case .hint: hint(into: &response)
    case .solution(let run): solution(run: run, into: &response)
    case .check: check(into: &response)
    case .answer(let text): answer(text, into: &response)
    case .next: next(into: &response)
    case .previous: previous(into: &response)
    case .reset:
      guard step != nil else { return alreadyComplete(into: &response) }
      let number = position.step + 1
      response.line(.message, UIStrings.text("reset.done", language, ["k": String(number)]))
      begin(lesson: position.lesson, step: position.step, fresh: false, into: &response)
    case .undo: undo(into: &response)
    case .lessons: response.add(.message, lessonListText())
    case .lesson(let name):
      guard let name else {
        return response.line(.message, UIStrings.text("lesson.usage", language))
      }
      guard let index = lessonIndex(named: name) else {
        return response.line(.warning, UIStrings.text("lesson.unknown", language, ["name": name]))
      }
      begin(lesson: index, step: 0, fresh: true, into: &response)
    case .language(let name):
      guard let name, let chosen = LanguageChoice.parse(name) else {
        return response.line(.message, UIStrings.text("lang.usage", language))
      }
      language = chosen
      response.line(.message, UIStrings.text("lang.switched", language))
      response.events.append(.languageChanged(chosen))
      response.lessonChanged = true
      appendStepText(into: &response)
    case .quit:
      response.line(.message, UIStrings.text("quit.bye", language))
      response.quit = true
    case .notes(let name):
      writeNotes(name, into: &response)
    }
  }

  func alreadyComplete(into response: inout TutorialResponse) {
    response.line(.message, UIStrings.text("lesson.alreadyComplete", language))
  }

  func hint(into response: inout TutorialResponse) {
    guard let step else { return alreadyComplete(into: &response) }
    guard position.hintsShown < step.hints.count else {
      response.line(.message, UIStrings.text(step.hints.isEmpty ? "hint.noneAtAll" : "hint.none", language))
      // A quiz's failure is the explanation of a wrong answer: not a hint.
      if !step.isQuiz, let missing = evaluateCurrentStep().failures.first {
        response.line(
          .message, UIStrings.text("hint.missing", language, ["reason": plain(missing)]))
      }
      return
    }
    let number = position.hintsShown + 1
    position.hintsShown = number
    progress[lesson: lesson.id].hintsUsed += 1
    runStats?.hints += 1
    response.line(
      .message,
      UIStrings.text("hint.header", language, ["i": String(number), "n": String(step.hints.count)]))
    response.line(
      .message,
      PlainRendering.text(
        renderedBlocks(step.hints[number - 1], states: [cluster.state, position.start])))
    response.events.append(.hintShown(number))
    response.lessonChanged = true
  }

  func solution(run: Bool, into response: inout TutorialResponse) {
    guard step != nil else { return alreadyComplete(into: &response) }
    guard run else {
      pending = .showSolution(step: position.step)
      response.lessonChanged = true
      return
    }
    noteSolutionUsed()
    response.line(.message, UIStrings.text("solution.running", language))
    let stepNumber = position.step
    for index in 0..<(step?.solution.count ?? 0) {
      guard position.step == stepNumber, !isLessonComplete, let line = solutionLine(index) else { break }
      response.add(.echo, shell.prompt + line + "\n")
      if let command = TutorialCommand.parse(line) {
        handle(command, into: &response)
      } else {
        runLine(line, into: &response)
      }
    }
  }

  func confirm(_ question: Confirmation, into response: inout TutorialResponse) {
    switch question {
    case .showSolution(let index):
      guard index == position.step, let step else { return }
      noteSolutionUsed()
      response.events.append(.solutionShown)
      if step.isQuiz, case .answer(let number)? = step.checks.first?.kind {
        response.line(.message, UIStrings.text("solution.quiz", language, ["n": String(number)]))
        return
      }
      response.line(.message, UIStrings.text("solution.header", language))
      for line in currentSolution {
        response.line(.message, "    " + line.replacingOccurrences(of: "\n", with: "\n    "))
      }
      response.line(.message, UIStrings.text("solution.runHint", language))
    }
  }

  func noteSolutionUsed() {
    guard !position.solutionShown else { return }
    position.solutionShown = true
    progress[lesson: lesson.id].solutionsUsed += 1
    runStats?.solutions += 1
  }

  func check(into response: inout TutorialResponse) {
    guard let step else { return alreadyComplete(into: &response) }
    let report = CheckEvaluator.evaluate(step.checks, in: checkContext)
    if report.passed {
      complete(step, into: &response)
      return
    }
    response.line(.warning, UIStrings.text("check.failed", language))
    for failure in report.failures { response.line(.warning, "- " + plain(failure)) }
  }

  func answer(_ text: String, into response: inout TutorialResponse) {
    guard let step else { return alreadyComplete(into: &response) }
    guard step.isQuiz else {
      return response.line(.message, UIStrings.text("answer.noQuiz", language))
    }
    guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
      return response.line(.message, UIStrings.text("answer.usage", language))
    }
    guard (1...step.choices.count).contains(number) else {
      return response.line(
        .message, UIStrings.text("answer.range", language, ["n": String(step.choices.count)]))
    }
    position.answer = number
    response.lessonChanged = true
    let report = CheckEvaluator.evaluate(step.checks, in: checkContext)
    if report.passed {
      complete(step, into: &response)
    } else {
      response.line(.warning, UIStrings.text("answer.wrong", language))
      for failure in report.failures { response.line(.warning, plain(failure)) }
    }
  }

  func next(into response: inout TutorialResponse) {
    guard step != nil else {
      if lessons.indices.contains(position.lesson + 1) {
        begin(lesson: position.lesson + 1, step: 0, fresh: true, into: &response)
      } else {
        response.line(.message, UIStrings.text("lesson.last", language))
      }
      return
    }
    let number = position.step + 1
    response.line(.message, UIStrings.text("next.skipped", language, ["k": String(number)]))
    for index in 0..<(step?.solution.count ?? 0) {
      // Each line's live values are read just before it runs (an earlier line may create
      // what a later one names).
      guard let line = solutionLine(index), TutorialCommand.parse(line) == nil else { continue }
      response.line(.message, "    " + line.replacingOccurrences(of: "\n", with: "\n    "))
      if commandsRun > 0 && configuration.secondsPerCommand > 0 {
        cluster.advance(by: configuration.secondsPerCommand)
      }
      commandsRun += 1
      _ = shell.run(line)
    }
    position.skipped.insert(position.step)
    undoStack = []
    moveOn(to: position.step + 1, success: nil, into: &response)
  }

  func previous(into response: inout TutorialResponse) {
    guard position.step > 0 else {
      return response.line(.message, UIStrings.text("prev.first", language))
    }
    let target = min(position.step, lesson.steps.count) - 1
    response.line(.message, UIStrings.text("prev.back", language, ["k": String(target + 1)]))
    position.skipped.remove(target)
    begin(lesson: position.lesson, step: target, fresh: false, into: &response)
  }

  func undo(into response: inout TutorialResponse) {
    guard let entry = undoStack.popLast() else {
      return response.line(.message, UIStrings.text("undo.nothing", language))
    }
    let stepChanged = entry.position.step != position.step
    cluster.restore(entry.state)
    position = entry.position
    position.success = nil
    response.line(
      .message,
      UIStrings.text(
        "undo.done", language,
        ["command": TutorialSession.firstLine(of: entry.line)]))
    response.events.append(.clusterRestored)
    response.lessonChanged = true
    if stepChanged {
      response.events.append(.stepStarted(position.step + 1))
      appendStepText(into: &response)
    }
  }

  /// A localized text as one plain line (live values filled in).
  func plain(_ text: LocalizedText) -> String {
    PlainRendering.text(
      renderedBlocks(text, states: [cluster.state, position.start]), width: 10_000)
  }

  /// The first line of a command, with `…` when it has more (a here-document).
  static func firstLine(of line: String) -> String {
    let lines = line.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n")
    guard let first = lines.first else { return "" }
    return lines.count > 1 ? first + " …" : String(first)
  }
}
