extension UIStrings {
  /// Labels the front end shows: function keys, pane titles, the status bar.
  static let labels: [String: LocalizedText] = [
    "key.help": LocalizedText(en: "help", ko: "도움말"),
    "key.language": LocalizedText(en: "한/EN", ko: "한/EN"),
    "key.hint": LocalizedText(en: "hint", ko: "힌트"),
    "key.solution": LocalizedText(en: "solution", ko: "정답"),
    "key.map": LocalizedText(en: "map", ko: "지도"),
    "key.lessons": LocalizedText(en: "lessons", ko: "레슨"),
    "key.quit": LocalizedText(en: "quit", ko: "종료"),
    "key.next": LocalizedText(en: "next", ko: "다음"),
    "key.prev": LocalizedText(en: "prev", ko: "이전"),
    "key.undo": LocalizedText(en: "undo", ko: "되돌리기"),
    "key.reset": LocalizedText(en: "reset", ko: "다시 하기"),
    "title.app": LocalizedText(en: "kubetutor", ko: "kubetutor"),
    "title.lesson": LocalizedText(en: "{n}/{total} {title}", ko: "{n}/{total} {title}"),
    "title.step": LocalizedText(en: "step {k}/{n}", ko: "{k}/{n} 단계"),
    "title.language": LocalizedText(en: "English", ko: "한국어"),
    "title.hints": LocalizedText(en: "Hints", ko: "힌트"),
    "title.solution": LocalizedText(en: "Solution", ko: "정답"),
    "title.quiz": LocalizedText(en: "Quiz", ko: "퀴즈"),
    "title.map": LocalizedText(en: "Cluster map", ko: "클러스터 지도"),
    "title.help": LocalizedText(en: "Help", ko: "도움말"),
    "title.lessons": LocalizedText(en: "Lessons", ko: "레슨 목록"),
    "title.complete": LocalizedText(en: "complete", ko: "완료"),
    "tooSmall": LocalizedText(
      en:
        "The terminal is too small ({cols}×{rows}). kubetutor needs at least {minCols}×{minRows}: enlarge the window, or run kubetutor learn --plain.",
      ko:
        "터미널 창이 너무 작습니다({cols}×{rows}). 최소 {minCols}×{minRows} 크기가 필요합니다. 창을 키우거나 kubetutor learn --plain으로 실행하세요."
    ),
    "confirm.yesNo": LocalizedText(en: "[y/N]", ko: "[y/N]"),
    "live.missing": LocalizedText(en: "(not there yet)", ko: "(아직 없음)"),
    "mark.done": LocalizedText(en: "✓", ko: "✓"),
    "mark.started": LocalizedText(en: "…", ko: "…"),
    "mark.new": LocalizedText(en: "·", ko: "·"),
    "lessons.steps": LocalizedText(en: "{done}/{total} steps", ko: "{done}/{total} 단계"),
  ]
}
