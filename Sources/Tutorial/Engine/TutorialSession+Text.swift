import ClusterSim
import Kubectl

/// Lesson text for the learner: rendered with live values, as blocks for a lesson pane and as
/// plain lines for `learn --plain`.
extension TutorialSession {
  /// The number of the course's last lesson ("lesson 4/10" when the course runs 0 to 10).
  public var lastLessonNumber: Int { lessons.map(\.order).max() ?? lessons.count }

  /// What the lesson pane shows now.
  public var view: LessonView {
    let states = [position.start, cluster.state]
    let step = self.step
    return LessonView(
      lessonNumber: lesson.order, lessonCount: lastLessonNumber, lessonID: lesson.id,
      title: lesson.title[language], summary: renderedBlocks(lesson.summary, states: states),
      stepNumber: min(position.step + 1, lesson.steps.count), stepCount: lesson.steps.count,
      text: step.map { renderedBlocks($0.text, states: states) } ?? [],
      hints: step.map {
        Array($0.hints.prefix(position.hintsShown)).map {
          renderedBlocks($0, states: [cluster.state])
        }
      } ?? [],
      hintCount: step?.hints.count ?? 0,
      solution: position.solutionShown ? currentSolution : nil,
      success: position.success.map {
        renderedBlocks($0, states: [cluster.state, position.start])
      },
      quiz: step.flatMap { step in
        step.isQuiz
          ? QuizView(
            choices: step.choices.map { TextBlock.spans($0[language]) }, answered: position.answer)
          : nil
      },
      isComplete: isLessonComplete, stats: isLessonComplete ? lessonStats : nil,
      recap: isLessonComplete ? lesson.recap.map { renderedBlocks($0, states: [cluster.state]) } : nil,
      language: language, pendingQuestion: pending?.question(language))
  }

  /// The lessons with progress marks, for a lesson list.
  public var lessonEntries: [LessonEntry] {
    lessons.enumerated().map { index, lesson in
      let record = progress[lesson: lesson.id]
      let done = lesson.steps.filter { record.completedSteps.contains($0.id) }.count
      return LessonEntry(
        number: lesson.order, id: lesson.id, title: lesson.title[language], completedSteps: done,
        totalSteps: lesson.steps.count, isComplete: record.completed,
        isCurrent: index == position.lesson)
    }
  }

  /// Text with live values filled in from the first state that has them, as blocks.
  func renderedBlocks(_ text: LocalizedText, states: [ClusterState]) -> [TextBlock] {
    let placeholder = UIStrings.text("live.missing", language)
    return TextBlock.parse(LiveText.rendered(text[language], in: states, placeholder: placeholder))
  }

  /// The lesson's title and summary, as `learn --plain` prints them.
  func appendLessonHeader(into response: inout TutorialResponse) {
    let header = UIStrings.text(
      "lesson.header", language,
      [
        "n": String(lesson.order), "total": String(lastLessonNumber),
        "title": lesson.title[language],
      ])
    response.line(.lesson, header)
    response.line(
      .lesson, PlainRendering.text(renderedBlocks(lesson.summary, states: [cluster.state])))
  }

  /// The current step's header and text (and a quiz's choices).
  func appendStepText(into response: inout TutorialResponse) {
    guard let step else { return }
    response.add(.lesson, "\n")
    response.line(
      .lesson,
      UIStrings.text(
        "step.header", language, ["k": String(position.step + 1), "n": String(lesson.steps.count)]))
    response.line(
      .lesson,
      PlainRendering.text(renderedBlocks(step.text, states: [position.start, cluster.state])))
    if step.isQuiz {
      response.add(.lesson, "\n")
      for (index, choice) in step.choices.enumerated() {
        let text = PlainRendering.inline(TextBlock.spans(choice[language]))
        let lines = PlainRendering.wrapped(
          text, width: 72, indent: "     ", first: "  \(index + 1)) ")
        response.line(.lesson, lines.joined(separator: "\n"))
      }
      response.line(.lesson, UIStrings.text("quiz.prompt", language))
    }
    response.add(.lesson, "\n")
  }

  /// The lesson list as text.
  func lessonListText() -> String {
    var lines = [UIStrings.text("lessons.header", language)]
    for entry in lessonEntries {
      let current = entry.isCurrent ? "›" : " "
      let steps = UIStrings.text(
        "lessons.steps", language,
        ["done": String(entry.completedSteps), "total": String(entry.totalSteps)])
      lines.append("\(current) \(entry.number). \(entry.mark) \(entry.title) (\(steps))")
    }
    lines.append(UIStrings.text("lessons.footer", language))
    return lines.joined(separator: "\n") + "\n"
  }
}
