import Foundation
import Kubectl

/// Picks the language of kubetutor's own messages.
///
/// `--lang` wins; then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (a value that
/// starts with `ko` means Korean); else English.
///
/// ```swift
/// LanguageChoice.resolve(flag: nil, environment: ["LANG": "ko_KR.UTF-8"])  // .ko
/// ```
public enum LanguageChoice {
  /// The language for a `--lang` value (nil when not given) and an environment.
  public static func resolve(flag: String?, environment: [String: String]) -> Language {
    if let flag, let language = parse(flag) { return language }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        return value.lowercased().hasPrefix("ko") ? .ko : .en
      }
    }
    return .en
  }

  /// A language by the names a learner may type: `ko`, `kr`, `korean`, `한국어`, `en`, `english`.
  public static func parse(_ text: String) -> Language? {
    switch text.lowercased().trimmingCharacters(in: .whitespaces) {
    case "ko", "kr", "ko_kr", "korean", "한국어", "한글", "한": return .ko
    case "en", "english", "영어", "eng": return .en
    default: return nil
    }
  }
}
