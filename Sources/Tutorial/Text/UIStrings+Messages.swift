extension UIStrings {
  /// The lesson engine's messages.
  static let messages: [String: LocalizedText] = [
    "lesson.header": LocalizedText(
      en: "Lesson {n}/{total}: {title}", ko: "레슨 {n}/{total}: {title}"),
    "step.header": LocalizedText(en: "Step {k}/{n}", ko: "{k}/{n} 단계"),
    "step.done": LocalizedText(en: "✓ Step {k}/{n} done.", ko: "✓ {k}/{n} 단계 완료."),
    "quiz.prompt": LocalizedText(en: "Answer with `answer N`.", ko: "`answer 번호`로 답하세요."),
    "lesson.complete": LocalizedText(en: "Lesson complete: {title}", ko: "레슨 완료: {title}"),
    "lesson.stats": LocalizedText(
      en:
        "Steps done: {steps} of {total}. Hints used: {hints}. Solutions shown: {solutions}. Time: about {minutes} min.",
      ko: "완료한 단계: {total}단계 중 {steps}단계. 힌트 {hints}번, 정답 보기 {solutions}번. 걸린 시간: 약 {minutes}분."),
    "lesson.next": LocalizedText(
      en:
        "Type `next` for lesson {n}, \"{title}\"; `lessons` lists them all; `quit` ends kubetutor.",
      ko: "다음 레슨은 {n}번 \"{title}\"입니다. `next`로 시작하고, 전체 목록은 `lessons`, 종료는 `quit`입니다."),
    "lesson.last": LocalizedText(
      en: "That was the last lesson. `lessons` lists them all; `quit` ends kubetutor.",
      ko: "마지막 레슨이었습니다. 전체 목록은 `lessons`, 종료는 `quit`입니다."),
    "lesson.alreadyComplete": LocalizedText(
      en: "This lesson is complete: there is no step left. `next` starts the next lesson.",
      ko: "이 레슨은 이미 끝났습니다. 남은 단계가 없으니 `next`로 다음 레슨을 시작하세요."),
    "lesson.unknown": LocalizedText(
      en: "There is no lesson '{name}'. `lessons` lists them.",
      ko: "'{name}' 레슨은 없습니다. `lessons`로 목록을 확인하세요."),
    "lesson.none": LocalizedText(en: "No lessons were found.", ko: "레슨 파일을 찾지 못했습니다."),
    "lesson.resume": LocalizedText(
      en: "Welcome back: picking up at step {k}, where you stopped. The cluster has been rebuilt as it was. `reset` starts the step again, `lesson {n}` the whole lesson.",
      ko: "다시 오셨군요. 멈췄던 {k}단계부터 이어 갑니다. 클러스터는 그때 모습으로 다시 만들었습니다. 이 단계를 처음부터 하려면 `reset`, 레슨을 처음부터 하려면 `lesson {n}`을 입력하세요."),
    "lessons.header": LocalizedText(en: "Lessons:", ko: "레슨 목록:"),
    "lessons.footer": LocalizedText(
      en: "`lesson N` starts lesson N.", ko: "`lesson 번호`로 해당 레슨을 시작합니다."),
    "hint.header": LocalizedText(en: "Hint {i}/{n}:", ko: "힌트 {i}/{n}:"),
    "hint.none": LocalizedText(
      en: "No more hints for this step. `solution` shows the answer.",
      ko: "이 단계의 힌트는 여기까지입니다. 정답은 `solution`으로 볼 수 있습니다."),
    "hint.noneAtAll": LocalizedText(
      en: "This step has no hints. `solution` shows the answer.",
      ko: "이 단계에는 힌트가 없습니다. 정답은 `solution`으로 볼 수 있습니다."),
    "hint.missing": LocalizedText(en: "What is still missing: {reason}", ko: "아직 부족한 점: {reason}"),
    "solution.confirm": LocalizedText(
      en: "Show the solution for step {k}? [y/N] ", ko: "{k}단계 정답을 볼까요? [y/N] "),
    "solution.header": LocalizedText(en: "Solution:", ko: "정답:"),
    "solution.runHint": LocalizedText(
      en: "Type it yourself, or `solution run` to have it run for you.",
      ko: "직접 입력해 보세요. `solution run`을 입력하면 대신 실행합니다."),
    "solution.cancelled": LocalizedText(en: "Solution not shown.", ko: "정답을 보지 않았습니다."),
    "solution.running": LocalizedText(en: "Running the solution:", ko: "정답을 실행합니다:"),
    "solution.quiz": LocalizedText(en: "The answer is {n}.", ko: "정답은 {n}번입니다."),
    "next.skipped": LocalizedText(
      en: "Skipped step {k}. Its solution was applied so that the next steps work:",
      ko: "{k}단계를 건너뛰었습니다. 다음 단계가 제대로 이어지도록 정답을 대신 적용했습니다:"),
    "prev.first": LocalizedText(en: "This is the first step.", ko: "첫 단계입니다."),
    "prev.back": LocalizedText(
      en: "Back to step {k}. The cluster is as it was when that step began.",
      ko: "{k}단계로 돌아왔습니다. 클러스터도 그 단계를 시작할 때 상태로 되돌렸습니다."),
    "reset.done": LocalizedText(
      en:
        "Step {k} starts over: the cluster was rebuilt from the lesson's setup and the solutions of the steps before it.",
      ko: "{k}단계를 처음부터 다시 합니다. 레슨 준비 명령과 앞 단계 정답을 다시 실행해 클러스터를 새로 만들었습니다."),
    "undo.done": LocalizedText(
      en:
        "Undone: `{command}`. The cluster is back as it was before it (your files and shell variables stay as they are).",
      ko: "`{command}` 명령을 되돌렸습니다. 클러스터가 그 명령 전 상태로 돌아갔습니다(작성한 파일과 셸 변수는 그대로입니다)."),
    "undo.nothing": LocalizedText(en: "Nothing to undo.", ko: "되돌릴 명령이 없습니다."),
    "lang.switched": LocalizedText(en: "Language: English.", ko: "언어: 한국어."),
    "lang.usage": LocalizedText(en: "Usage: lang ko | lang en", ko: "사용법: lang ko 또는 lang en"),
    "lesson.usage": LocalizedText(
      en: "Usage: lesson N (or a lesson id)", ko: "사용법: lesson 번호 (또는 레슨 id)"),
    "answer.usage": LocalizedText(
      en: "Usage: answer N, with the number of your choice.", ko: "사용법: answer 번호 (고른 보기의 번호)"),
    "answer.noQuiz": LocalizedText(
      en: "This step has no question to answer.", ko: "이 단계에는 답할 문제가 없습니다."),
    "answer.range": LocalizedText(
      en: "Choose a number from 1 to {n}.", ko: "1부터 {n} 사이의 번호를 고르세요."),
    "answer.wrong": LocalizedText(en: "Not quite.", ko: "아쉽지만 틀렸습니다."),
    "check.passed": LocalizedText(en: "This step's checks pass.", ko: "이 단계의 확인 항목을 모두 통과했습니다."),
    "check.failed": LocalizedText(en: "Not done yet:", ko: "아직 끝나지 않았습니다:"),
    "restricted": LocalizedText(
      en:
        "`{command}` is turned off in this step, so that you practise another way. It was not run.",
      ko: "이 단계에서는 `{command}` 명령을 쓰지 않고 다른 방법을 연습합니다. 명령을 실행하지 않았습니다."),
    "quit.bye": LocalizedText(en: "Bye.", ko: "종료합니다."),
    "progress.corrupt": LocalizedText(
      en:
        "kubetutor: the progress file {path} could not be read ({reason}); it was moved to {moved} and progress starts fresh.",
      ko: "kubetutor: 진행 상황 파일을 읽을 수 없습니다({path}: {reason}). 그 파일은 {moved}에 옮겨 두고 처음부터 다시 기록합니다."),
    "progress.saveFailed": LocalizedText(
      en: "kubetutor: could not save progress ({reason}). What you do now is kept until kubetutor ends; point XDG_STATE_HOME at a folder you can write to keep it for next time.",
      ko: "kubetutor: 진행 상황을 저장하지 못했습니다({reason}). 지금까지 한 내용은 kubetutor를 끝낼 때까지만 유지됩니다. 다음에도 이어 하려면 XDG_STATE_HOME을 쓰기 가능한 폴더로 지정하세요."),
    "help.text": LocalizedText(
      en: """
        kubetutor commands (anything else you type goes to the shell):
          hint            the next hint for this step
          solution        show the solution (asks first); solution run: run it for you
          check           what this step still needs
          answer N        answer a quiz question with choice N
          next            skip to the next step (its solution is run for you)
          prev            go back to the previous step
          reset           start this step over (rebuilds the cluster for it)
          undo            undo the last command's changes to the cluster
          lessons         list the lessons; lesson N starts lesson N
          lang ko|en      switch language (한국어 / English)
          notes FILE      write this lesson's steps, commands and output to FILE
          help            this list, then the shell's own help
          quit            leave kubetutor
        """,
      ko: """
        kubetutor 명령 (그 밖의 입력은 모두 셸에서 실행됩니다):
          hint            이 단계의 다음 힌트
          solution        정답 보기(먼저 확인을 받습니다). solution run: 정답을 대신 실행
          check           이 단계에서 아직 부족한 점
          answer N        퀴즈에 N번 보기로 답하기
          next            다음 단계로 건너뛰기(이 단계의 정답은 대신 실행)
          prev            이전 단계로 돌아가기
          reset           이 단계를 처음부터 다시 하기(클러스터를 새로 준비)
          undo            마지막 명령이 클러스터에 한 변경을 되돌리기
          lessons         레슨 목록. lesson N으로 N번 레슨 시작
          lang ko|en      언어 바꾸기 (한국어 / English)
          notes 파일      이 레슨의 단계와 입력한 명령, 출력을 노트로 저장
          help            이 목록과 셸 도움말
          quit            kubetutor 종료
        """),
  ]
}
