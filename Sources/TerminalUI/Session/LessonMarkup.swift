import Foundation

/// Lesson text in a small Markdown subset, turned into ``LessonBlock``s.
///
/// - `# Title`, `## Title`: headings
/// - blank lines separate paragraphs; lines of one paragraph are joined
/// - `- item` or `* item`: bullets
/// - fenced blocks (three backticks): drawn as is (live values filled in); with `sh`, `bash`
///   or `console` after the fence each line is a command to type
/// - `$ command` on its own line: a command
/// - inline: `**bold**`, `*emphasis*`, backticks for code, `{{name}}` for a live value taken
///   from `values` (left as typed when unknown)
///
/// Text is normalised to NFC, so Korean pasted as conjoining jamo draws as syllables.
public enum LessonMarkup {
  public static func blocks(from text: String, values: [String: String] = [:]) -> [LessonBlock] {
    let lines = text.precomposedStringWithCanonicalMapping
      .replacingOccurrences(of: "\t", with: "    ")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var blocks: [LessonBlock] = []
    var paragraph: [String] = []
    var bullet: [String]?
    var fence: (commands: Bool, lines: [String])?

    func flush() {
      if !paragraph.isEmpty {
        blocks.append(.paragraph(spans(paragraph.joined(separator: " "), values: values)))
        paragraph = []
      }
      if let item = bullet {
        blocks.append(.bullet(spans(item.joined(separator: " "), values: values)))
        bullet = nil
      }
    }

    for line in lines {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if var open = fence {
        if trimmed.hasPrefix("```") {
          if open.commands {
            // A command keeps the lines that continue it (a trailing backslash, a here-document).
            blocks += TutorialPane.commands(in: open.lines).map { .command(filled($0, values)) }
          } else {
            blocks.append(.diagram(filled(open.lines.joined(separator: "\n"), values)))
          }
          fence = nil
        } else {
          open.lines.append(line)
          fence = open
        }
        continue
      }
      if trimmed.hasPrefix("```") {
        flush()
        let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
        fence = (["sh", "bash", "console", "shell"].contains(info), [])
      } else if trimmed.isEmpty {
        flush()
      } else if trimmed.hasPrefix("#") {
        flush()
        let title = trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        blocks.append(.heading(spans(title, values: values)))
      } else if trimmed.hasPrefix("$ ") {
        flush()
        blocks.append(.command(filled(String(trimmed.dropFirst(2)), values)))
      } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
        flush()
        bullet = [String(trimmed.dropFirst(2))]
      } else if bullet != nil && line.hasPrefix(" ") {
        bullet?.append(trimmed)
      } else {
        if bullet != nil { flush() }
        paragraph.append(trimmed)
      }
    }
    if let open = fence { blocks.append(.diagram(open.lines.joined(separator: "\n"))) }
    flush()
    return blocks
  }

  /// Inline markup of one paragraph as spans.
  public static func spans(_ text: String, values: [String: String] = [:]) -> [LessonSpan] {
    var result: [LessonSpan] = []
    var plain = ""
    var rest = Substring(text)
    func emit(_ span: LessonSpan) {
      if !plain.isEmpty { result.append(LessonSpan(plain)) }
      plain = ""
      result.append(span)
    }
    while let first = rest.first {
      if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
        emit(
          LessonSpan(
            filled(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]), values),
            .bold))
        rest = rest[end.upperBound...]
      } else if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
        emit(
          LessonSpan(filled(String(rest[rest.index(after: rest.startIndex)..<end]), values), .code))
        rest = rest[rest.index(after: end)...]
      } else if first == "*", rest.count > 2, rest.dropFirst().first != " ",
        let end = rest.dropFirst().firstIndex(of: "*")
      {
        emit(LessonSpan(String(rest[rest.index(after: rest.startIndex)..<end]), .emphasis))
        rest = rest[rest.index(after: end)...]
      } else if rest.hasPrefix("{{"), let end = rest.range(of: "}}") {
        let name = rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]
          .trimmingCharacters(in: .whitespaces)
        if let value = values[name] {
          emit(LessonSpan(value, .value))
        } else {
          plain += rest[..<end.upperBound]
        }
        rest = rest[end.upperBound...]
      } else {
        plain.append(first)
        rest = rest.dropFirst()
      }
    }
    if !plain.isEmpty { result.append(LessonSpan(plain)) }
    return result
  }

  /// `text` with its `{{name}}` placeholders replaced by known values.
  static func filled(_ text: String, _ values: [String: String]) -> String {
    var text = text
    for (name, value) in values { text = text.replacingOccurrences(of: "{{\(name)}}", with: value) }
    return text
  }
}
