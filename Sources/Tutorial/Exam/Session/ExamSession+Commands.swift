import ClusterSim
import Foundation
import Kubectl

/// The exam's own commands: help, tasks, task, next, prev, flag, time, submit, report, lang,
/// quit, and the refusal of hints and solutions.
extension ExamSession {
  func handle(_ command: ExamCommand, into response: inout ExamResponse) {
    switch command {
    case .help:
      response.line(.output, say("help.text"))
      let scratch = Shell(cluster: cluster, workspace: configuration.workspace, language: language)
      response.add(.output, scratch.run("help").output.text)
    case .tasks:
      response.add(.lesson, taskListText())
    case .task(let name):
      guard let name else { return open(currentIndex, into: &response) }
      guard let number = Int(name), paper.tasks.indices.contains(number - 1) else {
        return response.line(
          .warning, say("task.unknown", ["name": name, "total": String(paper.tasks.count)]))
      }
      open(number - 1, into: &response)
    case .next:
      guard paper.tasks.indices.contains(currentIndex + 1) else {
        return response.line(.message, paragraph("next.last"))
      }
      open(currentIndex + 1, into: &response)
    case .previous:
      guard currentIndex > 0 else { return response.line(.message, say("prev.first")) }
      open(currentIndex - 1, into: &response)
    case .flag(let name):
      let number = name.flatMap { Int($0) } ?? (name == nil ? currentTask.number : 0)
      guard paper.tasks.indices.contains(number - 1) else {
        return response.line(
          .warning,
          say("task.unknown", ["name": name ?? "", "total": String(paper.tasks.count)]))
      }
      let on = !flagged.contains(number)
      if on { flagged.insert(number) } else { flagged.remove(number) }
      response.line(.message, paragraph(on ? "flag.on" : "flag.off", ["n": String(number)]))
      response.events.append(.flagged(number, on))
      response.viewChanged = true
    case .time:
      response.line(
        .message,
        say(
          "time.left",
          [
            "left": ExamStrings.clock(timeLeft),
            "limit": ExamStrings.clock(configuration.timeLimit),
          ]))
    case .submit:
      guard report == nil else { return response.line(.message, say("finished.already")) }
      pending = .submit
      response.viewChanged = true
    case .report:
      guard let report else { return response.line(.message, say("report.notYet")) }
      response.add(.lesson, report.rendered(language, state: cluster.state))
    case .language(let name):
      guard let name, let chosen = LanguageChoice.parse(name) else {
        return response.line(.message, UIStrings.text("lang.usage", language))
      }
      language = chosen
      response.line(.message, UIStrings.text("lang.switched", language))
      response.events.append(.languageChanged(chosen))
      response.viewChanged = true
      if report == nil { appendTaskText(into: &response) }
    case .quit:
      guard hasStarted, report == nil else {
        response.line(.message, say("quit.bye"))
        response.quit = true
        return
      }
      pending = .quit
      response.viewChanged = true
    case .refused:
      response.line(.message, paragraph(report == nil ? "exam.noHelp" : "finished.already"))
    }
  }

  /// The answer to a y/N question.
  func answer(_ question: ExamQuestion, _ line: String, into response: inout ExamResponse) {
    response.viewChanged = true
    let answer = line.trimmingCharacters(in: .whitespaces).lowercased()
    guard ["y", "yes", "ㅇ", "예", "네", "응"].contains(answer) else {
      return response.line(.message, say("exam.goesOn"))
    }
    switch question {
    case .submit:
      finish(timedOut: false, into: &response)
    case .quit:
      // Leaving ends the exam as the full screen's F10 does: graded and recorded.
      finish(timedOut: false, into: &response)
      response.quit = true
    }
  }

  /// Opens the task at `index` and shows it.
  func open(_ index: Int, into response: inout ExamResponse) {
    currentIndex = index
    opened.insert(currentTask.number)
    response.events.append(.taskOpened(currentTask.number))
    response.viewChanged = true
    appendTaskText(into: &response)
  }

  /// Grades the exam, shows the report and records the attempt.
  func finish(timedOut: Bool, into response: inout ExamResponse) {
    guard report == nil else { return }
    let end = timer.now
    endedAt = end
    cluster.tick()
    let context = CheckContext(
      state: cluster.state, start: startState, log: log, attempts: attempts,
      location: shell.location, workspace: configuration.workspace)
    let graded = ExamReport.graded(
      paper, in: context, flagged: flagged, passMark: configuration.passMark,
      secondsUsed: min(configuration.timeLimit, end.since(startedAt)),
      timeLimit: configuration.timeLimit, timedOut: timedOut)
    report = graded
    if timedOut {
      response.line(.warning, say("time.up"))
      response.events.append(.timeUp)
    }
    response.add(.lesson, "\n" + graded.rendered(language, state: cluster.state))
    response.events.append(.finished)
    response.viewChanged = true
    record(graded, into: &response)
    response.add(.message, "\n")
    response.line(.message, paragraph("finished.note"))
  }

  /// Adds the attempt to the progress file; a failure is a warning.
  func record(_ graded: ExamReport, into response: inout ExamResponse) {
    guard let store = configuration.progressStore else { return }
    let loaded = store.load()
    if let moved = loaded.movedAside {
      let text = UIStrings.text(
        "progress.corrupt", language,
        ["path": store.file.path, "reason": moved.reason, "moved": moved.path])
      response.line(.warning, text)
      response.events.append(.warning(text))
    }
    var progress = loaded.progress
    let dated = (configuration.calendar ?? timer).now.adding(
      -(endedAt ?? startedAt).since(startedAt))
    progress.exams.append(graded.record(date: dated))
    do {
      try store.save(progress)
    } catch {
      let text = UIStrings.text("progress.saveFailed", language, ["reason": "\(error)"])
      response.line(.warning, text)
      response.events.append(.warning(text))
    }
  }

  func say(_ key: String, _ arguments: [String: String] = [:]) -> String {
    ExamStrings.text(key, language, arguments)
  }

  /// A message wrapped as a paragraph, for the longer notes.
  func paragraph(_ key: String, _ arguments: [String: String] = [:]) -> String {
    PlainRendering.text(TextBlock.parse(say(key, arguments)))
  }
}
