/// What the lesson pane shows: where the learner is, and the text of the lesson as blocks.
///
/// The lesson engine fills it from the current lesson and step; the screen wraps and draws
/// it. Hints and the solution appear as blocks where they are revealed; a completed step
/// shows `✓` and its success message.
///
/// ```swift
/// LessonPane(
///   lessonNumber: 4, lessonCount: 10, title: "NodePort", stepNumber: 2, stepCount: 6,
///   blocks: LessonMarkup.blocks(from: "## 노드 포트\n`kubectl get svc` 로 **nodePort**를 확인하세요."))
/// ```
public struct LessonPane: Equatable, Sendable {
  /// The lesson's number as the course numbers it, and the number the course ends at
  /// (`4/10`), both from the lesson engine.
  public var lessonNumber: Int
  public var lessonCount: Int
  public var title: String
  /// 1-based number of the current step, and the number of steps.
  public var stepNumber: Int
  public var stepCount: Int
  public var blocks: [LessonBlock]
  /// The block to keep in view: the pane scrolls to it whenever it changes (a new step).
  public var focus: Int?

  public init(
    lessonNumber: Int, lessonCount: Int, title: String, stepNumber: Int, stepCount: Int,
    blocks: [LessonBlock], focus: Int? = nil
  ) {
    self.lessonNumber = lessonNumber
    self.lessonCount = lessonCount
    self.title = title
    self.stepNumber = stepNumber
    self.stepCount = stepCount
    self.blocks = blocks
    self.focus = focus
  }
}

/// One block of lesson text.
public enum LessonBlock: Equatable, Hashable, Sendable {
  /// A heading, drawn bold.
  case heading([LessonSpan])
  /// Prose, wrapped by display width (word boundaries; Hangul syllables where a word does
  /// not fit).
  case paragraph([LessonSpan])
  /// A bulleted item, wrapped with a hanging indent.
  case bullet([LessonSpan])
  /// A step's title with its state: `✓` done, `▸` current, plain upcoming.
  case step(number: Int, title: [LessonSpan], state: StepState)
  /// A command to type, highlighted, after `$ `. It may span lines (after a trailing
  /// backslash, or a here-document); a line too wide for the pane wraps at a space with a
  /// hanging indent, while a here-document's body (YAML) is clipped, never wrapped.
  case command(String)
  /// Preformatted text (a fenced ASCII diagram, YAML): drawn as is, clipped, never wrapped.
  case diagram(String)
  /// A numbered choice of a quiz question, wrapped with a hanging indent after `N) `.
  case choice(number: Int, [LessonSpan])
  /// A revealed hint (1-based number).
  case hint(number: Int, [LessonSpan])
  /// The revealed solution: commands that solve the step.
  case solution([String])
  /// A step completed: `✓` and the success message.
  case success([LessonSpan])
  /// An empty line.
  case spacer
  /// A row of a list with a mark before it (the exam's task list and its report): the mark,
  /// then `lead` as it is (columns such as ` 3. [10%]` keep their spaces), then the text,
  /// wrapped with a hanging indent under its first word.
  case marked(ListMark, lead: String, [LessonSpan])
}

/// The mark before a ``LessonBlock/marked(_:lead:_:)`` row.
public enum ListMark: Equatable, Hashable, Sendable {
  /// `▸`: the open one (bold).
  case current
  /// `✓`: a requirement that held (green).
  case passed
  /// `✗`: a requirement that did not hold (red).
  case failed
  /// `○`: not begun yet (an exam task not opened so far; dim).
  case pending
  /// No mark: the row keeps the mark's room, so rows line up.
  case none
}

/// Where a step stands.
public enum StepState: Equatable, Hashable, Sendable {
  case done
  case current
  case upcoming
}

/// A piece of lesson text in one style.
public struct LessonSpan: Equatable, Hashable, Sendable {
  public enum Kind: Equatable, Hashable, Sendable {
    case plain
    case bold
    case emphasis
    /// Inline code (`kubectl get pods`), highlighted.
    case code
    /// A live value filled in from the cluster (a nodePort, a pod IP), highlighted.
    case value
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, _ kind: Kind = .plain) {
    self.text = text
    self.kind = kind
  }
}

/// The lessons, for the list that F6 opens.
public struct LessonList: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    public var title: String
    /// How far the learner got: shown as a mark before the title.
    public var mark: Mark
    /// A short progress note, e.g. `3/6`.
    public var detail: String?
    /// The lesson's number as the course numbers it; nil shows the position from 1.
    public var number: Int?

    public init(title: String, mark: Mark, detail: String? = nil, number: Int? = nil) {
      self.title = title
      self.mark = mark
      self.detail = detail
      self.number = number
    }
  }

  public enum Mark: Equatable, Sendable {
    case done
    case started
    case notStarted
  }

  public var entries: [Entry]
  /// The index of the lesson being studied.
  public var current: Int?

  public init(entries: [Entry], current: Int? = nil) {
    self.entries = entries
    self.current = current
  }
}
