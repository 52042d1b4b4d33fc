/// Lesson text laid out as plain lines, for `learn --plain` and anything without styling.
///
/// Paragraphs are wrapped at a display width (Hangul counts two columns), inline code keeps
/// its backticks so commands stand out when read aloud or in a log, bold loses its
/// asterisks, and fenced blocks are indented and never wrapped.
public enum PlainRendering {
  /// The blocks as text, each block followed by a blank line except the last.
  public static func text(_ blocks: [TextBlock], width: Int = 78) -> String {
    blocks.map { block -> String in
      switch block {
      case .paragraph(let spans):
        return wrapped(inline(spans), width: width, indent: "").joined(separator: "\n")
      case .list(let items):
        return items.map { item -> [String] in
          let text = inline(item)
          if let number = TextBlock.numberPrefix(text) {
            let indent = String(repeating: " ", count: number.count)
            return wrapped(String(text.dropFirst(number.count)), width: width - number.count, indent: indent, first: number)
          }
          return wrapped(text, width: width - 2, indent: "  ", first: "- ")
        }
          .map { $0.joined(separator: "\n") }.joined(separator: "\n")
      case .fenced(let lines, _):
        return lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
      }
    }.joined(separator: "\n\n")
  }

  /// Spans as one line: code in backticks, bold as plain words.
  public static func inline(_ spans: [TextSpan]) -> String {
    spans.map { span in
      switch span {
      case .plain(let text), .bold(let text): return text
      case .code(let text): return "`\(text)`"
      }
    }.joined()
  }

  /// Splits `text` at spaces into lines of at most `width` display columns (a word longer
  /// than that stands alone on its line).
  static func wrapped(_ text: String, width: Int, indent: String, first: String? = nil) -> [String]
  {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    for word in words {
      let size = DisplayWidth.of(word)
      if !line.isEmpty && lineWidth + 1 + size > width {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if !line.isEmpty {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += size
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines.enumerated().map { index, text in
      index == 0 ? (first ?? indent) + text : indent + text
    }
  }
}

/// How many terminal columns text takes: wide (East Asian) characters take two.
public enum DisplayWidth {
  /// The columns `text` takes in a terminal.
  public static func of<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { $0 + columns($1) }
  }

  /// Columns of one scalar: 0 for combining marks and joiners, 2 for wide characters.
  public static func columns(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch value {
    case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1160...0x11FF: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }
}
