import ClusterSim
import Foundation
import Kubectl

/// The report as text: the score first, then every task with its checks (✓ held, ✗ did
/// not) and its model solution.
///
/// ```
/// Exam report
/// Score: 75% (pass mark 66%): passed
/// Time used: 14:20 of 18:00
///
/// Task 1 · Expose a Deployment on a fixed NodePort · 25 of 25 points
///   ✓ Service `web-np` in namespace `shop` is of type NodePort.
///   Model solution:
///     kubectl expose deployment web -n shop ...
/// ```
extension ExamReport {
  /// The report in `language`, wrapped at `width` display columns. Live values in the
  /// requirements are read from `state` (the cluster at the end).
  public func rendered(_ language: Language, state: ClusterState? = nil, width: Int = 78)
    -> String
  {
    func say(_ key: String, _ arguments: [String: String] = [:]) -> String {
      ExamStrings.text(key, language, arguments)
    }
    var lines: [String] = [say("report.title")]
    lines.append(
      say(
        "report.score",
        [
          "score": ExamStrings.points(score), "pass": ExamStrings.points(passMark),
          "verdict": say(passed ? "report.passed" : "report.failed"),
        ]))
    var time = say(
      "report.time",
      ["used": ExamStrings.clock(secondsUsed), "limit": ExamStrings.clock(timeLimit)])
    if timedOut { time += " " + say("report.timedOut") }
    lines.append(time)
    for task in tasks {
      lines.append("")
      var header = say(
        "report.task",
        [
          "n": String(task.number), "title": task.title[language],
          "points": ExamStrings.points(task.points), "percent": String(task.percent),
        ])
      if task.flagged { header += " ⚑" }
      lines.append(header)
      for check in task.checks {
        var text = check.requirement[language]
        if let state { text = LiveText.rendered(text, in: [state], placeholder: "?") }
        let plain = PlainRendering.inline(TextBlock.spans(text))
        lines += PlainRendering.wrapped(
          plain, width: width - 4, indent: "    ", first: check.passed ? "  ✓ " : "  ✗ ")
      }
      lines.append("  " + say("report.solution"))
      for line in task.solution {
        var shown = state.map { LiveText.rendered(line, in: [$0], placeholder: "?") } ?? line
        while shown.hasSuffix("\n") { shown.removeLast() }
        lines.append("    " + shown.replacingOccurrences(of: "\n", with: "\n    "))
      }
    }
    lines.append("")
    lines.append(say("report.seed", ["seed": String(seed), "tasks": String(tasks.count)]))
    return lines.joined(separator: "\n") + "\n"
  }
}
