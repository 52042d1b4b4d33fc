/// Terminal columns, counted as ncursesw counts them (glibc `wcwidth` under a UTF-8 locale).
///
/// Hangul syllables and other East Asian wide characters take 2 columns, combining marks
/// and conjoining vowels 0, box-drawing lines 1. Characters that `wcwidth` calls
/// unprintable (controls, unassigned code points) are drawn as `?`, so they count 1.
///
/// ```swift
/// TextWidth.of("kubectl get 파드")   // 16
/// TextWidth.clipped("안녕하세요", to: 5)  // "안녕"
/// ```
public enum TextWidth {
  /// What `wcwidth` answers for `scalar`: -1 (unprintable), 0, 1 or 2.
  ///
  /// - Complexity: O(1) for ASCII and Hangul syllables, O(log n) in the tables otherwise.
  public static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    if value >= 0xAC00 && value <= 0xD7A3 { return 2 }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return -1 }
    if contains(value, in: zeroWidthRanges) { return 0 }
    if contains(value, in: wideRanges) { return 2 }
    if contains(value, in: unprintableRanges) { return -1 }
    return 1
  }

  /// Columns `scalar` takes on the canvas (unprintable scalars become a 1-column `?`).
  public static func columns(_ scalar: Unicode.Scalar) -> Int {
    let width = wcwidth(scalar)
    return width < 0 ? 1 : width
  }

  /// Columns `text` takes on the canvas.
  public static func of<Text: StringProtocol>(_ text: Text) -> Int {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
    return text.unicodeScalars.reduce(0) { $0 + columns($1) }
  }

  /// Columns one character takes (a Hangul syllable 2, `e` + U+0301 1).
  public static func of(_ character: Character) -> Int {
    character.unicodeScalars.reduce(0) { $0 + columns($1) }
  }

  /// The longest prefix of `text` that fits in `columns`. A wide character never is split,
  /// and combining marks stay with their base.
  public static func clipped(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if text.utf8.count <= columns && of(text) <= columns { return text }
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let width = of(text[index])
      if used + width > columns { break }
      used += width
      end = text.index(after: index)
    }
    return String(text[..<end])
  }

  /// `text` clipped to `columns` and padded with spaces to exactly that width.
  public static func padded(_ text: String, to columns: Int) -> String {
    let clipped = clipped(text, to: columns)
    return clipped + String(repeating: " ", count: max(0, columns - of(clipped)))
  }

  /// True for Hangul syllables and jamo: where Korean text may break between syllables.
  public static func isHangul(_ character: Character) -> Bool {
    guard let value = character.unicodeScalars.first?.value else { return false }
    return (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
      || (0x3130...0x318F).contains(value)
  }

  private static func contains(_ value: UInt32, in ranges: [UInt32]) -> Bool {
    var low = 0
    var high = ranges.count / 2 - 1
    while low <= high {
      let middle = (low + high) / 2
      if value < ranges[middle * 2] {
        high = middle - 1
      } else if value > ranges[middle * 2 + 1] {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }
}
