import Kubectl
import Tutorial

/// The exam screen's own words, in English and Korean: the title bar, the task list's legend,
/// the welcome's command line, the quit question, the key labels. The exam's texts
/// (statements, the report, the engine's messages) come from ``ExamStrings``.
///
/// ```swift
/// ExamScreenText.text("title.running", .ko, ["n": "3", "total": "10", "seed": "7"])
/// // "CKA 모의시험 · 문제 3/10 · 시드 7"
/// ```
enum ExamScreenText {
  /// The text for `key` in `language`, with `{name}` placeholders filled from `arguments`.
  static func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    guard let entry = catalogue[key] else { return key }
    var text = language == .ko ? entry.ko : entry.en
    for (name, value) in arguments {
      text = text.replacingOccurrences(of: "{\(name)}", with: value)
    }
    return text
  }

  static let catalogue: [String: (en: String, ko: String)] = [
    "title.running": (
      "CKA practice · task {n}/{total} · seed {seed}", "CKA 모의시험 · 문제 {n}/{total} · 시드 {seed}"
    ),
    "title.left": ("{left} left", "남은 시간 {left}"),
    "title.report": ("CKA practice · report · seed {seed}", "CKA 모의시험 · 결과 · 시드 {seed}"),
    "title.score": ("score {score}%", "점수 {score}%"),
    "tasks.heading": ("Tasks", "문제 목록"),
    "tasks.legend": (
      "▸ open now, ○ not opened yet, ⚑ flagged. F6 or `task N` opens another task.",
      "▸ 지금 보는 문제, ○ 아직 열지 않은 문제, ⚑ 표시한 문제. 다른 문제는 F6이나 `task 번호`로 엽니다."
    ),
    "task.heading": ("Task {n} · {title}", "문제 {n} · {title}"),
    "task.about": ("Weight {percent}% · {topic}", "배점 {percent}% · {topic}"),
    "task.result": ("Result: {points} of {percent} points", "채점 결과: {percent}점 중 {points}점"),
    "report.back": (
      "`report` shows the whole report again.", "`report`를 입력하면 전체 결과를 다시 봅니다."
    ),
    "welcome.commands": (
      "Exam commands: `task N` (or F6), `next`, `prev`, `flag [N]`, `tasks`, `time`, `submit`, `help`. The time left is in the title bar; F1 shows the keys.",
      "시험 명령: `task 번호`(또는 F6), `next`, `prev`, `flag [번호]`, `tasks`, `time`, `submit`, `help`. 남은 시간은 맨 위 제목 줄에 있고, 키 안내는 F1입니다."
    ),
    "help.text": (
      """
      Exam commands (anything else you type goes to the shell):
        task N          open task N (F6: the task list)
        next, prev      the next or the previous task
        flag [N]        flag or unflag a task to come back to (default: this one)
        tasks           the tasks with their weights, your flags and the time left
        time            the time left
        submit          end the exam: grade every task, show the report
        lang ko|en      switch the language (F2)
        quit            leave (F10): asks first, then grades the exam as it stands
      """,
      """
      시험 명령 (그 밖의 입력은 셸로 갑니다):
        task 번호       해당 문제 열기 (F6: 문제 목록)
        next, prev      다음 문제, 이전 문제
        flag [번호]     나중에 다시 볼 문제로 표시하거나 표시 지우기 (기본: 지금 문제)
        tasks           배점, 표시한 문제, 남은 시간이 있는 문제 목록
        time            남은 시간
        submit          시험 종료: 모든 문제를 채점하고 결과 보기
        lang ko|en      언어 바꾸기 (F2)
        quit            나가기 (F10): 먼저 묻고, 지금 상태 그대로 채점합니다
      """
    ),
    "quit.question": (
      "Leave the exam now? It is graded as it stands and saved. (y/n)",
      "지금 시험을 끝내고 나갈까요? 지금 상태 그대로 채점해 기록합니다. (y/n)"
    ),
    "quit.prompt": (
      "Leave the exam now? It is graded as it stands and saved. [y/N] ",
      "지금 시험을 끝내고 나갈까요? 지금 상태 그대로 채점해 기록합니다. [y/N] "
    ),
    "report.summary": (
      "Score {score}% (pass mark {pass}%): {verdict}. Shift-PgUp and Shift-PgDn scroll the whole report.",
      "점수 {score}% (합격선 {pass}%): {verdict}. 결과 전체는 Shift-PgUp, Shift-PgDn으로 스크롤해서 볼 수 있습니다."
    ),
    "closing.graded": (
      "kubetutor: the exam was graded as you left it: {score}% (pass mark {pass}%), {verdict}. `kubetutor exam --history` lists your attempts.",
      "kubetutor: 나갈 때의 상태 그대로 채점했습니다. {score}% (합격선 {pass}%), {verdict}. 지난 시험은 `kubetutor exam --history`로 볼 수 있습니다."
    ),
    "time.warning": ("{minutes} minutes left.", "남은 시간이 {minutes}분입니다."),
    "time.warningOne": ("1 minute left.", "남은 시간이 1분입니다."),
    "key.tasks": ("tasks", "문제 목록"),
    "key.solution": ("solution", "모범 풀이"),
    "help.f3": ("hint: none during the exam", "힌트: 시험 중에는 없음"),
    "help.f4": ("solution: in the report, after submit", "모범 풀이: 제출 후 결과에서"),
    "help.scroll": ("scroll the task or the report", "문제나 결과 스크롤"),
    "help.f6": ("task list", "문제 목록"),
    "help.f10": ("leave the exam (asks first)", "시험 나가기 (먼저 묻습니다)"),
  ]

  /// The screen's labels for the exam: the task list in place of the lesson list, the
  /// function keys as the exam has them, the quit question.
  static func label(_ label: UILabel, _ language: Language) -> String {
    switch label {
    case .keyLessons: return text("key.tasks", language)
    case .keySolution: return text("key.solution", language)
    case .lessonsTitle: return text("tasks.heading", language)
    case .helpF6: return text("help.f6", language)
    case .helpF6Typed: return "tasks"
    case .helpScrollLesson: return text("help.scroll", language)
    case .helpF3: return text("help.f3", language)
    case .helpF4: return text("help.f4", language)
    case .helpF10: return text("help.f10", language)
    case .quitQuestion: return text("quit.question", language)
    case .solutionTitle: return ExamStrings.text("report.solution", language)
    default: return Labels.text(label, in: language)
    }
  }
}
