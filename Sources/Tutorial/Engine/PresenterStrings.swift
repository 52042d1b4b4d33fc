import Kubectl

/// The presenter's own words (`kubetutor present`), in English and Korean.
///
/// ```swift
/// PresenterStrings.text("present.done", .ko)
/// ```
public enum PresenterStrings {
  /// The text for `key` in `language`; an unknown key comes back as itself.
  public static func text(_ key: String, _ language: Language) -> String {
    catalogue[key]?[language] ?? key
  }

  /// Every text, by key.
  public static let catalogue: [String: LocalizedText] = [
    "present.plainKeys": LocalizedText(
      en:
        "Presenting. Enter on an empty line types and runs the step's next command; `back` returns to the start of this step (or the one before); any other command runs as typed; `quit` leaves.",
      ko:
        "발표 모드입니다. 빈 줄에서 Enter를 누르면 이 단계의 다음 명령을 입력해 실행합니다. `back`은 이 단계(또는 앞 단계)의 처음으로 돌아갑니다. 다른 명령은 입력한 대로 실행되고, 종료는 `quit`입니다."
    ),
    "present.waiting": LocalizedText(
      en: "Every command of this step has run: moving simulated time on until its checks hold.",
      ko: "이 단계의 명령을 모두 실행했습니다. 조건이 충족될 때까지 시뮬레이션 시간을 앞당깁니다."),
    "present.stuck": LocalizedText(
      en: "The step's checks still do not hold: type a command, or `next` to skip the step.",
      ko: "이 단계의 조건이 아직 충족되지 않았습니다. 명령을 직접 입력하거나 `next`로 건너뛰세요."),
    "present.done": LocalizedText(
      en: "The lesson is complete. `back` returns to its last step; `lesson N` opens another.",
      ko: "레슨을 마쳤습니다. `back`을 입력하면 마지막 단계로 돌아가고, 다른 레슨은 `lesson 번호`로 엽니다."),
  ]
}
