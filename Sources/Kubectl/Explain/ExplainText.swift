/// The word wrapping and indenting that kubectl applies to explain descriptions.
///
/// ```swift
/// ExplainText.indented(ExplainText.wrapped("a b c", width: 3), by: 2)  // "  a b\n  c"
/// ```
enum ExplainText {
  /// Breaks `text` at spaces so that lines stay within `width` columns.
  ///
  /// Existing line breaks are kept. A word that is wider than `width` is left whole on its own
  /// line, and the spaces at a break are dropped, as kubectl's wrapper does.
  static func wrapped(_ text: String, width: Int) -> String {
    var output = ""
    var column = 0
    var word = ""
    var gap = ""
    for character in text {
      if character == "\n" {
        if word.isEmpty {
          if column + gap.count <= width { output += gap }
        } else {
          output += gap + word
        }
        output.append("\n")
        column = 0
        word = ""
        gap = ""
      } else if character == " " || character == "\t" {
        if gap.isEmpty || !word.isEmpty {
          column += gap.count + word.count
          output += gap + word
          gap = ""
          word = ""
        }
        gap.append(character)
      } else {
        word.append(character)
        if column + gap.count + word.count > width && word.count < width {
          output.append("\n")
          column = 0
          gap = ""
        }
      }
    }
    if word.isEmpty {
      if column + gap.count <= width { output += gap }
    } else {
      output += gap + word
    }
    return output
  }

  /// Puts `count` spaces before the first line and after every line break, blank lines included.
  static func indented(_ text: String, by count: Int) -> String {
    let pad = String(repeating: " ", count: count)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { pad + $0 }
      .joined(separator: "\n")
  }
}
