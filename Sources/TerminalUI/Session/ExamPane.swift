import ClusterSim
import Kubectl
import Tutorial

/// The exam as the task pane draws it: the open task and the task list while the exam runs,
/// the report once it is over (or a task with its own result, when one is opened then).
///
/// The open task comes first, so that even a short pane (80x24) opens on what to do; the task
/// list follows, whole in a tall pane, a scroll (Shift-PgDn) or F6 away in a short one.
///
/// ```
/// Task 1 · Fix a Service that names a port the pods do not have
///
/// Weight 12% · Troubleshooting Services
///
/// Service `map-ui` in namespace `tiles` ...
///
/// Tasks
/// ▸  1. [12%]   Fix a Service that names a port the pods do not have
///    2. [ 8%] ⚑ Fix a misspelled Service name
/// ○  3. [ 8%]   Test a Service from a temporary pod
/// ```
enum ExamPane {
  /// The pane for `view`: the report when `showsReport` and the exam is over, else the open
  /// task (with its result after the exam) and the task list. `generation` changes whenever
  /// the pane must scroll back to its top (a task opened, the report shown).
  static func pane(
    for view: ExamView, state: ClusterState, showsReport: Bool, generation: Int
  ) -> LessonPane {
    if showsReport, let report = view.report {
      return LessonPane(
        lessonNumber: 0, lessonCount: view.tasks.count, title: "", stepNumber: generation,
        stepCount: 0, blocks: reportBlocks(report, view.language, state: state), focus: 0)
    }
    let language = view.language
    let flagged = view.tasks.first(where: { $0.isCurrent })?.isFlagged == true
    var blocks: [LessonBlock] = [
      .heading([
        LessonSpan(
          text("task.heading", language, ["n": String(view.current), "title": view.title])
            + (flagged ? " ⚑" : ""))
      ]),
      .paragraph([
        LessonSpan(
          text("task.about", language, ["percent": String(view.percent), "topic": view.topic]))
      ]),
    ]
    blocks += TutorialPane.blocks(view.statement)
    if let result = view.report?.tasks.first(where: { $0.number == view.current }) {
      blocks.append(
        .heading([
          LessonSpan(
            text(
              "task.result", language,
              ["points": ExamStrings.points(result.points), "percent": String(result.percent)]))
        ]))
      blocks += resultBlocks(result, language, state: state)
      blocks.append(.paragraph(TutorialPane.spans(TextBlock.spans(text("report.back", language)))))
    }
    blocks.append(.heading([LessonSpan(text("tasks.heading", language))]))
    let numberWidth = String(view.tasks.count).count
    for entry in view.tasks {
      let mark: ListMark = entry.isCurrent ? .current : entry.wasOpened ? .none : .pending
      blocks.append(
        .marked(mark, lead: lead(entry, numberWidth: numberWidth), [LessonSpan(entry.title)]))
    }
    blocks.append(.paragraph(TutorialPane.spans(TextBlock.spans(text("tasks.legend", language)))))
    return LessonPane(
      lessonNumber: view.current, lessonCount: view.tasks.count, title: view.title,
      stepNumber: generation, stepCount: 0, blocks: blocks, focus: 0)
  }

  /// ` 3. [ 8%] ⚑`: the number, the weight and the flag, in columns.
  static func lead(_ entry: ExamTaskEntry, numberWidth: Int) -> String {
    func padded(_ text: String, _ width: Int) -> String {
      String(repeating: " ", count: max(0, width - text.count)) + text
    }
    return padded(String(entry.number), numberWidth) + ". [" + padded(String(entry.percent), 2)
      + "%] " + (entry.isFlagged ? "⚑" : " ")
  }

  /// The task list for F6: the weight and the flag before each title, `▸` on the open task,
  /// and after the exam `✓` on the tasks that earned all their points.
  static func list(for view: ExamView) -> LessonList {
    LessonList(
      entries: view.tasks.map { entry in
        let result = view.report?.tasks.first { $0.number == entry.number }
        let full = result.map { $0.checks.allSatisfy(\.passed) }
        let mark: LessonList.Mark = full == true ? .done : entry.isCurrent ? .started : .notStarted
        let flag = entry.isFlagged ? "⚑ " : ""
        let percent = entry.percent < 10 ? " \(entry.percent)" : "\(entry.percent)"
        // After the exam, the points each task earned, so a partial one stands apart.
        let earned = result.map { "\(ExamStrings.points($0.points))/\($0.percent)" }
        return LessonList.Entry(
          title: "[\(percent)%] \(flag)\(entry.title)", mark: mark, detail: earned,
          number: entry.number)
      },
      current: view.tasks.firstIndex { $0.isCurrent })
  }

  // MARK: The report

  /// The whole report: the score, the time, then every task with its requirements (`✓` held,
  /// `✗` did not) and its model solution.
  static func reportBlocks(_ report: ExamReport, _ language: Language, state: ClusterState)
    -> [LessonBlock]
  {
    func say(_ key: String, _ arguments: [String: String] = [:]) -> String {
      ExamStrings.text(key, language, arguments)
    }
    var blocks: [LessonBlock] = [.heading([LessonSpan(say("report.title"))])]
    var time = say(
      "report.time",
      [
        "used": ExamStrings.clock(report.secondsUsed),
        "limit": ExamStrings.clock(report.timeLimit),
      ])
    if report.timedOut { time += " " + say("report.timedOut") }
    let score = say(
      "report.score",
      [
        "score": ExamStrings.points(report.score), "pass": ExamStrings.points(report.passMark),
        "verdict": say(report.passed ? "report.passed" : "report.failed"),
      ])
    blocks.append(.paragraph([LessonSpan(score, .bold), LessonSpan(" · " + time)]))
    for task in report.tasks {
      var header = say(
        "report.task",
        [
          "n": String(task.number), "title": task.title[language],
          "points": ExamStrings.points(task.points), "percent": String(task.percent),
        ])
      if task.flagged { header += " ⚑" }
      blocks.append(.heading([LessonSpan(header)]))
      blocks += resultBlocks(task, language, state: state)
    }
    blocks.append(
      .paragraph(
        TutorialPane.spans(
          TextBlock.spans(
            say("report.seed", ["seed": String(report.seed), "tasks": String(report.tasks.count)])
          ))))
    return blocks
  }

  /// One task's requirements, each `✓` or `✗`, then its model solution as commands. Live
  /// values are read from `state` (the cluster now).
  static func resultBlocks(
    _ task: ExamReport.TaskResult, _ language: Language, state: ClusterState
  ) -> [LessonBlock] {
    var blocks: [LessonBlock] = task.checks.map { check in
      let text = LiveText.rendered(check.requirement[language], in: [state], placeholder: "?")
      return .marked(
        check.passed ? .passed : .failed, lead: "", TutorialPane.spans(TextBlock.spans(text)))
    }
    // NB: the screen's solution title reads "Model solution:" in the exam (see ExamScreenText).
    blocks.append(
      .solution(
        task.solution.map { line in
          var shown = LiveText.rendered(line, in: [state], placeholder: "?")
          while shown.hasSuffix("\n") { shown.removeLast() }
          return shown
        }))
    return blocks
  }

  static func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    ExamScreenText.text(key, language, arguments)
  }
}
