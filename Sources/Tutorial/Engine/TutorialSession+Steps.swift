import ClusterSim
import Kubectl

/// Beginning lessons and steps, rebuilding the cluster for a step, and completing steps.
extension TutorialSession {
  /// The current step, or nil once the lesson is complete.
  public var step: Step? {
    lesson.steps.indices.contains(position.step) ? lesson.steps[position.step] : nil
  }

  /// The checks' verdict on the current step now (passed when the lesson is complete).
  public func evaluateCurrentStep() -> CheckReport {
    guard let step else { return CheckReport(passed: true) }
    return CheckEvaluator.evaluate(step.checks, in: checkContext)
  }

  /// What the checks look at.
  var checkContext: CheckContext {
    CheckContext(
      state: cluster.state, start: position.start, log: position.log, attempts: position.attempts,
      location: shell.location, workspace: configuration.workspace, answer: position.answer)
  }

  /// The current step's solution, with live values read from the learner's cluster.
  public var currentSolution: [String] {
    guard let step else { return [] }
    return step.solution.map {
      LiveText.rendered($0, in: [cluster.state, position.start], placeholder: "?")
    }
  }

  /// Line `index` of the current step's solution, its live values read now (so a line may
  /// name what the lines before it created).
  public func solutionLine(_ index: Int) -> String? {
    guard let step, step.solution.indices.contains(index) else { return nil }
    return LiveText.rendered(step.solution[index], in: [cluster.state, position.start], placeholder: "?")
  }

  /// Starts `lesson` at `step`, rebuilding the cluster as that step expects it.
  func begin(
    lesson index: Int, step: Int, fresh newLesson: Bool, into response: inout TutorialResponse
  ) {
    rebuild(lesson: index, upTo: step)
    let skipped = newLesson ? [] : position.skipped
    position = Position(lesson: index, step: step, start: cluster.state)
    position.skipped = skipped
    undoStack = []
    response.lessonChanged = true
    response.events.append(.clusterRestored)
    if newLesson {
      runStats = RunStats(secondsAtStart: progress[lesson: lesson.id].secondsSpent)
      response.events.append(.lessonStarted(lesson.id))
      appendLessonHeader(into: &response)
    }
    response.events.append(.stepStarted(step + 1))
    appendStepText(into: &response)
  }

  /// Replaces the cluster with a fresh one, runs the lesson's setup silently, then the
  /// solutions of the steps before `step`, in the learner's (new) shell.
  func rebuild(lesson index: Int, upTo step: Int) {
    let lesson = lessons[index]
    let options = lesson.clusterOptions(seed: configuration.seed)
    cluster.restore(ClusterState(options: options, start: cluster.clock.now))
    shell = Shell(cluster: cluster, workspace: configuration.workspace, language: language)
    shell.editor = editor
    let quiet = Shell(cluster: cluster, workspace: configuration.workspace, language: language)
    for line in lesson.setup {
      _ = quiet.run(line)
      cluster.advance(by: 2)
    }
    if !lesson.setup.isEmpty { settle() }
    for earlier in lesson.steps.prefix(max(0, step)) {
      let start = cluster.state
      for line in earlier.solution where TutorialCommand.parse(line) == nil {
        _ = shell.run(LiveText.rendered(line, in: [cluster.state, start], placeholder: "?"))
        cluster.advance(by: 2)
      }
    }
  }

  /// Lets time pass, two seconds at a time, until every pod is Ready (at most 30 seconds).
  func settle() {
    for _ in 0..<15 {
      let pods = cluster.state.store.list(Pod.self, in: nil)
      if pods.allSatisfy({ $0.isReady || $0.metadata.deletionTimestamp != nil }) { return }
      cluster.advance(by: 2)
    }
  }

  /// Evaluates the current step and completes it when its checks pass.
  func evaluateStep(into response: inout TutorialResponse) {
    guard let step, CheckEvaluator.evaluate(step.checks, in: checkContext).passed else { return }
    complete(step, into: &response)
  }

  /// Records a passed step, says so, and moves on.
  func complete(_ step: Step, into response: inout TutorialResponse) {
    let number = position.step + 1
    progress[lesson: lesson.id].completedSteps.insert(step.id)
    response.line(
      .success,
      UIStrings.text("step.done", language, ["k": String(number), "n": String(lesson.steps.count)]))
    if let success = step.success {
      response.add(
        .success,
        PlainRendering.text(renderedBlocks(success, states: [cluster.state, position.start])) + "\n"
      )
    }
    response.events.append(.stepCompleted(number))
    moveOn(to: position.step + 1, success: step.success, into: &response)
  }

  /// Moves to `step` (or to the lesson's end), keeping the cluster as it is.
  func moveOn(to step: Int, success: LocalizedText?, into response: inout TutorialResponse) {
    let skipped = position.skipped
    position = Position(lesson: position.lesson, step: step, start: cluster.state)
    position.skipped = skipped
    position.success = success
    response.lessonChanged = true
    if step < lesson.steps.count {
      response.events.append(.stepStarted(step + 1))
      appendStepText(into: &response)
    } else {
      finishLesson(into: &response)
    }
  }

  /// Marks the lesson complete and prints the summary.
  func finishLesson(into response: inout TutorialResponse) {
    progress[lesson: lesson.id].completed = true
    let stats = lessonStats
    response.add(.success, "\n")
    response.line(
      .success, UIStrings.text("lesson.complete", language, ["title": lesson.title[language]]))
    response.line(
      .success,
      UIStrings.text(
        "lesson.stats", language,
        [
          "steps": String(stats.completedSteps), "total": String(stats.totalSteps),
          "hints": String(stats.hintsUsed), "solutions": String(stats.solutionsUsed),
          "minutes": String(max(1, Int((stats.seconds / 60).rounded()))),
        ]))
    if let recap = lesson.recap {
      response.line(.lesson, "\n" + PlainRendering.text(renderedBlocks(recap, states: [cluster.state])) + "\n")
    }
    if lessons.indices.contains(position.lesson + 1) {
      let next = lessons[position.lesson + 1]
      response.line(
        .message,
        UIStrings.text(
          "lesson.next", language,
          ["n": String(next.order), "title": next.title[language]]))
    } else {
      response.line(.message, UIStrings.text("lesson.last", language))
    }
    response.events.append(.lessonCompleted(lesson.id))
  }

  /// Totals of this run of the lesson.
  var lessonStats: LessonStats {
    let record = progress[lesson: lesson.id]
    let run = runStats ?? RunStats(secondsAtStart: record.secondsSpent)
    return LessonStats(
      completedSteps: lesson.steps.count - position.skipped.count, totalSteps: lesson.steps.count,
      hintsUsed: run.hints, solutionsUsed: run.solutions,
      seconds: max(0, record.secondsSpent - run.secondsAtStart))
  }
}

/// Counts for one run through a lesson (progress keeps the totals over all runs).
struct RunStats: Equatable {
  var secondsAtStart: Double
  var hints = 0
  var solutions = 0
}
