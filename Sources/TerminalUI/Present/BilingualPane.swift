/// A lesson pane in two languages at once, for a class that mixes them (`present --lang
/// both`): each block of the first language followed by the same block of the second.
///
/// When both panes have the same blocks in the same order (a lesson gives every text in both
/// languages, so they do), they are paired block by block: a command or figure that is the
/// same in both is shown once, two headings share a line (`2/6 단계 · Step 2/6`), and a
/// paragraph is followed by its translation. Otherwise the second pane follows the first.
///
/// ```swift
/// BilingualPane.merged(koreanPane, englishPane).blocks
/// // [.heading("2/6 단계 · Step 2/6"), .paragraph(ko), .paragraph(en), .command("kubectl ...")]
/// ```
enum BilingualPane {
  /// `first` and `second` merged; the title shows both titles.
  static func merged(_ first: LessonPane, _ second: LessonPane) -> LessonPane {
    var blocks: [LessonBlock] = []
    var focus: Int?
    if sameShape(first.blocks, second.blocks) {
      for (index, pair) in zip(first.blocks, second.blocks).enumerated() {
        if index == first.focus { focus = blocks.count }
        switch pair {
        case (let one, let other) where one == other:
          blocks.append(one)
        case (.heading(let one), .heading(let other)):
          blocks.append(.heading(one + [LessonSpan(" · ")] + other))
        default:
          blocks.append(pair.0)
          blocks.append(pair.1)
        }
      }
    } else {
      focus = first.focus
      blocks = first.blocks + [.spacer] + second.blocks
    }
    let title = first.title == second.title ? first.title : first.title + " · " + second.title
    return LessonPane(
      lessonNumber: first.lessonNumber, lessonCount: first.lessonCount, title: title,
      stepNumber: first.stepNumber, stepCount: first.stepCount, blocks: blocks, focus: focus)
  }

  /// Whether two lists have blocks of the same kinds in the same order.
  static func sameShape(_ first: [LessonBlock], _ second: [LessonBlock]) -> Bool {
    first.count == second.count && zip(first, second).allSatisfy { kind($0) == kind($1) }
  }

  /// A block's kind, without its content.
  static func kind(_ block: LessonBlock) -> String {
    String(String(describing: block).prefix { $0 != "(" })
  }
}
