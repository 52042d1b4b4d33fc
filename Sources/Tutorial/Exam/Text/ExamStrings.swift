import Kubectl

/// The exam's own words, in English and Korean, with `{name}` placeholders filled in by the
/// caller (as ``UIStrings`` does for the lessons).
///
/// ```swift
/// ExamStrings.text("flag.on", .ko, ["n": "3"])  // "⚑ 3번 문제를 표시했습니다. ..."
/// ```
public enum ExamStrings {
  /// The text for `key` in `language`, with placeholders filled from `arguments`. An unknown
  /// key comes back as itself.
  public static func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:])
    -> String
  {
    guard let entry = catalogue[key] else { return key }
    var text = entry[language]
    for (name, value) in arguments {
      text = text.split(separator: "{\(name)}", omittingEmptySubsequences: false).joined(
        separator: value)
    }
    return text
  }

  /// Every text of the exam.
  public static let catalogue: [String: LocalizedText] = session.merging(report) { a, _ in a }

  static let session: [String: LocalizedText] = [
    "exam.header": LocalizedText(
      en: "kubetutor CKA practice exam: {tasks} {tasksWord}, {minutes} {minutesWord}, pass mark {pass}%.",
      ko: "kubetutor CKA 모의시험: 문제 {tasks}개, 제한 시간 {minutes}분, 합격선 {pass}%."),
    "exam.seed": LocalizedText(
      en: "Seed {seed}: `kubetutor exam --seed {seed} --tasks {tasks}` gives this exam again.",
      ko: "시드 {seed}: `kubetutor exam --seed {seed} --tasks {tasks}` 명령으로 같은 시험을 다시 볼 수 있습니다."),
    "exam.intro": LocalizedText(
      en: """
        Work as on the real exam: kubectl (alias `k`), `kubectl explain`, \
        `--dry-run=client -o yaml > file.yaml`, here-documents and `kubectl apply -f`. The \
        tasks share one cluster; each has its own namespace. Files a task asks for go in \
        /home/user/course/N (the real exam uses /opt/course/N). There are no hints and no \
        solutions until you submit.
        """,
      ko: """
        실제 시험처럼 풀어 보세요. kubectl(별칭 `k`), `kubectl explain`, \
        `--dry-run=client -o yaml > file.yaml`, 히어독, `kubectl apply -f`를 쓸 수 \
        있습니다. 모든 문제는 하나의 클러스터를 함께 쓰며, 문제마다 네임스페이스가 따로 있습니다. \
        문제에서 요구하는 파일은 /home/user/course/N에 만듭니다(실제 시험에서는 /opt/course/N). \
        제출하기 전까지 힌트와 모범 풀이는 볼 수 없습니다.
        """),
    "exam.commands": LocalizedText(
      en: "Exam commands: `tasks`, `task N`, `next`, `prev`, `flag [N]`, `time`, `submit`, `help`.",
      ko: "시험 명령: `tasks`, `task 번호`, `next`, `prev`, `flag [번호]`, `time`, `submit`, `help`."),
    "tasks.header": LocalizedText(
      en: "Tasks ({left} left):", ko: "문제 목록 (남은 시간 {left}):"),
    "tasks.footer": LocalizedText(
      en: "⚑ marks a flagged task. `task N` opens task N.",
      ko: "⚑는 표시한 문제입니다. `task 번호`로 해당 문제를 엽니다."),
    "task.header": LocalizedText(
      en: "Task {n}/{total} · weight {percent}% · {topic}",
      ko: "문제 {n}/{total} · 배점 {percent}% · {topic}"),
    "task.flagged": LocalizedText(en: "⚑ You flagged this task.", ko: "⚑ 표시한 문제입니다."),
    "task.unknown": LocalizedText(
      en: "There is no task {name}: the tasks are numbered 1 to {total}.",
      ko: "{name}번 문제는 없습니다. 문제 번호는 1부터 {total}까지입니다."),
    "next.last": LocalizedText(
      en: "This is the last task. `tasks` lists them all; `submit` ends the exam.",
      ko: "마지막 문제입니다. 전체 목록은 `tasks`, 시험을 끝내려면 `submit`입니다."),
    "prev.first": LocalizedText(en: "This is the first task.", ko: "첫 번째 문제입니다."),
    "flag.on": LocalizedText(
      en: "⚑ Task {n} flagged: come back to it before you submit.",
      ko: "⚑ {n}번 문제를 표시했습니다. 제출하기 전에 다시 살펴보세요."),
    "flag.off": LocalizedText(
      en: "Task {n} is no longer flagged.", ko: "{n}번 문제의 표시를 지웠습니다."),
    "time.left": LocalizedText(en: "Time left: {left} of {limit}.", ko: "남은 시간: {limit} 중 {left}."),
    "exam.noHelp": LocalizedText(
      en: """
        There are no hints, solutions or checks during the exam, as on the real one. \
        `submit` grades every task and shows the model solutions.
        """,
      ko: """
        실제 시험과 마찬가지로 시험 중에는 힌트, 모범 풀이, 채점이 없습니다. `submit`으로 제출하면 \
        모든 문제를 채점하고 모범 풀이를 보여 줍니다.
        """),
    "submit.confirm": LocalizedText(
      en: "Submit the exam now ({flagged} flagged, {left} left)? [y/N] ",
      ko: "지금 제출할까요? (표시한 문제 {flagged}개, 남은 시간 {left}) [y/N] "),
    "quit.confirm": LocalizedText(
      en: "Leave the exam now? It is graded as it stands and saved. [y/N] ",
      ko: "지금 시험을 끝내고 나갈까요? 지금 상태 그대로 채점해 기록합니다. [y/N] "),
    "exam.goesOn": LocalizedText(en: "The exam goes on.", ko: "시험을 계속합니다."),
    "quit.bye": LocalizedText(en: "Bye.", ko: "종료합니다."),
    "time.up": LocalizedText(
      en: "Time is up: the exam is graded as it stands.",
      ko: "시간이 다 되었습니다. 지금 상태 그대로 채점합니다."),
    "finished.note": LocalizedText(
      en: """
        The exam is over. The cluster stays as you left it: look around, or try the model \
        solutions. `report` shows the report again; `quit` leaves.
        """,
      ko: """
        시험이 끝났습니다. 클러스터는 그대로 남아 있으니 둘러보거나 모범 풀이를 직접 실행해 볼 수 \
        있습니다. 결과를 다시 보려면 `report`, 나가려면 `quit`을 입력하세요.
        """),
    "finished.already": LocalizedText(
      en: "The exam is already over: `report` shows the report.",
      ko: "시험은 이미 끝났습니다. 결과는 `report`로 볼 수 있습니다."),
    "report.notYet": LocalizedText(
      en: "The report comes after `submit`.", ko: "결과는 `submit`으로 제출한 뒤에 볼 수 있습니다."),
    "help.text": LocalizedText(
      en: """
        Exam commands (anything else you type goes to the shell):
          tasks           the tasks with their weights, your flags and the time left
          task N          open task N (`task` alone shows the current one again)
          next, prev      the next or the previous task
          flag [N]        flag or unflag a task to come back to (default: this one)
          time            the time left
          submit          end the exam: grade every task, show the report
          lang ko|en      switch the language
          quit            leave now (asks first): graded as it stands and saved
        """,
      ko: """
        시험 명령 (그 밖의 입력은 셸로 갑니다):
          tasks           배점, 표시한 문제, 남은 시간이 있는 문제 목록
          task 번호       해당 문제 열기 (`task`만 입력하면 지금 문제를 다시 보여 줍니다)
          next, prev      다음 문제, 이전 문제
          flag [번호]     나중에 다시 볼 문제로 표시하거나 표시 지우기 (기본: 지금 문제)
          time            남은 시간
          submit          시험 종료: 모든 문제를 채점하고 결과 보기
          lang ko|en      언어 바꾸기
          quit            지금 나가기(먼저 묻습니다): 지금 상태 그대로 채점해 기록
        """),
    "prompt.prefix": LocalizedText(en: "[task {n} · {left}] ", ko: "[문제 {n} · {left}] "),
    "titleBar": LocalizedText(
      en: "CKA practice · task {n}/{total} · {left} left",
      ko: "CKA 모의시험 · 문제 {n}/{total} · 남은 시간 {left}"),
  ]

  static let report: [String: LocalizedText] = [
    "report.title": LocalizedText(en: "Exam report", ko: "시험 결과"),
    "report.score": LocalizedText(
      en: "Score: {score}% (pass mark {pass}%): {verdict}",
      ko: "점수: {score}% (합격선 {pass}%): {verdict}"),
    "report.passed": LocalizedText(en: "passed", ko: "합격"),
    "report.failed": LocalizedText(en: "not passed", ko: "불합격"),
    "report.time": LocalizedText(
      en: "Time used: {used} of {limit}", ko: "사용한 시간: {limit} 중 {used}"),
    "report.timedOut": LocalizedText(en: "(the time ran out)", ko: "(시간 초과)"),
    "report.task": LocalizedText(
      en: "Task {n} · {title} · {points} of {percent} points",
      ko: "문제 {n} · {title} · {percent}점 중 {points}점"),
    "report.solution": LocalizedText(en: "Model solution:", ko: "모범 풀이:"),
    "report.seed": LocalizedText(
      en: "`kubetutor exam --seed {seed} --tasks {tasks}` repeats this exam.",
      ko: "`kubetutor exam --seed {seed} --tasks {tasks}` 명령으로 이 시험을 다시 볼 수 있습니다."),
    "history.header": LocalizedText(
      en: "Practice exams ({path}):", ko: "모의시험 기록 ({path}):"),
    "history.none": LocalizedText(
      en: "No practice exam yet: `kubetutor exam` starts one.",
      ko: "아직 본 모의시험이 없습니다. `kubetutor exam`으로 시작하세요."),
    "history.row": LocalizedText(
      en: "{date}  seed {seed}  {tasks} tasks  {score}%  {verdict}  {used} of {minutes} min",
      ko: "{date}  시드 {seed}  문제 {tasks}개  {score}%  {verdict}  {minutes}분 중 {used}분"),
  ]

  /// Seconds as `M:SS`, or `H:MM:SS` from an hour on (never negative).
  public static func clock(_ seconds: Double) -> String {
    let whole = max(0, Int(seconds.rounded(.up)))
    let hours = whole / 3600
    let minutes = (whole % 3600) / 60
    let rest = whole % 60
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
  }

  /// Points with at most one decimal: `7`, `4.5`.
  public static func points(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }
}
