import ClusterSim
import Kubectl

/// The exam as the learner reads it: the task list, the open task, and the view a screen
/// draws.
extension ExamSession {
  /// What an exam screen shows now.
  public var view: ExamView {
    let task = currentTask
    let percentages = paper.percentages
    let clock = ExamStrings.clock(timeLeft)
    let entries = paper.tasks.enumerated().map { index, task in
      ExamTaskEntry(
        number: task.number, title: task.title[language], percent: percentages[index],
        topic: paper.topicTitle(task.topic, language), isFlagged: flagged.contains(task.number),
        isCurrent: index == currentIndex, wasOpened: opened.contains(task.number))
    }
    return ExamView(
      tasks: entries, current: task.number, title: task.title[language],
      topic: paper.topicTitle(task.topic, language), percent: percentages[currentIndex],
      statement: statementBlocks(task), timeLeft: timeLeft, timeLimit: configuration.timeLimit,
      clock: clock,
      titleBar: say(
        "titleBar",
        ["n": String(task.number), "total": String(paper.tasks.count), "left": clock]),
      isFinished: report != nil, report: report, language: language,
      pendingQuestion: pending?.text(self), seed: paper.seed)
  }

  /// The statement of `task` as blocks, with live values from the cluster (as it was at the
  /// start first, so the text does not change under the learner's eyes).
  func statementBlocks(_ task: ExamTask) -> [TextBlock] {
    let placeholder = UIStrings.text("live.missing", language)
    return TextBlock.parse(
      LiveText.rendered(
        task.statement[language], in: [startState, cluster.state], placeholder: placeholder))
  }

  /// The task list as text.
  func taskListText() -> String {
    var lines = [say("tasks.header", ["left": ExamStrings.clock(timeLeft)])]
    let percentages = paper.percentages
    for (index, task) in paper.tasks.enumerated() {
      let marker = index == currentIndex ? "›" : " "
      let percent = String(percentages[index])
      let weight = "[" + String(repeating: " ", count: max(0, 2 - percent.count)) + percent + "%]"
      let flag = flagged.contains(task.number) ? " ⚑" : "  "
      let number = (task.number < 10 && paper.tasks.count >= 10 ? " " : "") + "\(task.number)."
      lines.append("\(marker) \(number) \(weight)\(flag) \(task.title[language])")
    }
    lines.append(say("tasks.footer"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The open task's header and statement.
  func appendTaskText(into response: inout ExamResponse) {
    let task = currentTask
    response.add(.lesson, "\n")
    response.line(
      .lesson,
      say(
        "task.header",
        [
          "n": String(task.number), "total": String(paper.tasks.count),
          "percent": String(paper.percentages[currentIndex]),
          "topic": paper.topicTitle(task.topic, language),
        ]))
    if flagged.contains(task.number) { response.line(.lesson, say("task.flagged")) }
    response.line(.lesson, PlainRendering.text(statementBlocks(task)))
    response.add(.lesson, "\n")
  }
}
