import Foundation
import Testing
import Tutorial

/// Every check example in Lessons/README.md parses, so the guide cannot drift from the loader.
@Suite struct AuthoringGuideTests {
  /// The ```yaml blocks of the guide's "Checks" and "Turning commands off" sections.
  static func examples() throws -> [String] {
    let guide = try String(
      contentsOf: TestSupport.lessonsDirectory.appendingPathComponent("README.md"), encoding: .utf8)
    let section =
      guide.components(separatedBy: "## Checks").dropFirst().joined()
      .components(separatedBy: "## Quizzes").first ?? ""
    return section.components(separatedBy: "```yaml\n").dropFirst().compactMap {
      $0.components(separatedBy: "```").first
    }
  }

  /// Adds a placeholder `explain` to list items that have none.
  static func explained(_ block: String) -> String {
    var items: [[String]] = []
    for line in block.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
      if line.hasPrefix("- ") || items.isEmpty {
        items.append([line])
      } else {
        items[items.count - 1].append(line)
      }
    }
    return items.map { item in
      let lines =
        item.contains { $0.hasPrefix("  explain:") }
        ? item : item + ["  explain: {en: Why., ko: 이유.}"]
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  @Test func checkExamplesParse() throws {
    let examples = try Self.examples()
    #expect(examples.count >= 13)
    for example in examples {
      let isRestriction = example.hasPrefix("disable:")
      let body = (isRestriction ? example : Self.explained(example))
        .split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
      let yaml = """
        id: guide
        order: 1
        title: {en: T, ko: 제목}
        summary: {en: S, ko: 요약}
        steps:
          - text: {en: X, ko: 엑스}
            solution: kubectl get pods
        \(isRestriction ? "    checks: [{ran: kubectl get pods, explain: {en: a, ko: 가}}]\n    disable:\n" + body.split(separator: "\n").dropFirst().map { String($0.dropFirst(2)) }.joined(separator: "\n") : "    checks:\n" + body)
        """
      let (_, problems) = LessonParser.parse(yaml, file: "guide.yaml")
      #expect(problems.isEmpty, "example:\n\(example)\nproblems: \(problems)")
    }
  }
}
