import Kubectl

/// A learner-facing text in both languages, as a lesson file gives it (`{en: ..., ko: ...}`).
///
/// ```swift
/// let title = LocalizedText(en: "Why pod IPs change", ko: "파드 IP는 왜 바뀔까")
/// title[.ko]  // "파드 IP는 왜 바뀔까"
/// ```
public struct LocalizedText: Equatable, Hashable, Sendable {
  /// The English text.
  public var en: String
  /// The Korean text.
  public var ko: String

  /// A text with both languages given.
  public init(en: String, ko: String) {
    self.en = en
    self.ko = ko
  }

  /// The text in `language`.
  public subscript(language: Language) -> String {
    switch language {
    case .en: return en
    case .ko: return ko
    }
  }

  /// Both texts with `transform` applied (live values, trimming).
  public func map(_ transform: (String) -> String) -> LocalizedText {
    LocalizedText(en: transform(en), ko: transform(ko))
  }
}
