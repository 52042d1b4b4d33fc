extension UIStrings {
  /// Words of the `kubetutor lessons`, `progress` and `learn` commands.
  static let commandTexts: [String: LocalizedText] = [
    "progress.file": LocalizedText(en: "Progress file: {path}", ko: "진행 상황 파일: {path}"),
    "progress.none": LocalizedText(en: "No progress yet.", ko: "아직 진행한 레슨이 없습니다."),
    "progress.row": LocalizedText(
      en: "steps {steps}, hints {hints}, solutions {solutions}, time {minutes} min",
      ko: "단계 {steps}, 힌트 {hints}번, 정답 {solutions}번, 시간 {minutes}분"),
    "progress.unknownLesson": LocalizedText(en: "(not in the lesson files)", ko: "(레슨 파일에 없음)"),
    "progress.exported": LocalizedText(
      en: "Progress written to {path}.", ko: "진행 상황을 {path}에 저장했습니다."),
    "progress.imported": LocalizedText(
      en: "Progress from {path} merged in.", ko: "{path}의 진행 상황을 합쳤습니다."),
    "progress.resetConfirm": LocalizedText(
      en: "Clear all progress in {path}? [y/N] ", ko: "{path}의 진행 상황을 모두 지울까요? [y/N] "),
    "progress.cleared": LocalizedText(en: "Progress cleared.", ko: "진행 상황을 지웠습니다."),
    "progress.kept": LocalizedText(en: "Nothing was changed.", ko: "아무것도 바꾸지 않았습니다."),
    "lessons.notFound": LocalizedText(
      en:
        "kubetutor: no lesson files found. Give the folder with --lessons DIR or KUBETUTOR_LESSONS.",
      ko: "kubetutor: 레슨 파일을 찾지 못했습니다. --lessons 폴더 또는 KUBETUTOR_LESSONS로 위치를 알려 주세요."),
    "learn.welcome": LocalizedText(
      en: "kubetutor: type help for the commands, hint when stuck, quit to leave.",
      ko: "kubetutor: 명령 목록은 help, 막히면 hint, 끝내려면 quit를 입력하세요."),
  ]
}
