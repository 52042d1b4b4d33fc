import ClusterSim
import Kubectl

/// Everything the screen shows and remembers, as a value. ``ScreenUpdate`` changes it,
/// ``ScreenRenderer`` draws it; neither touches the terminal or the session.
public struct ScreenState {
  public var size: TerminalSize
  var options: ScreenOptions
  /// What the session showed when it was last read.
  public internal(set) var view: SessionView {
    didSet { updateMap() }
  }
  public internal(set) var labels: LabelBook
  public internal(set) var editor = LineEditor()
  public internal(set) var history: History
  /// Ctrl-R, while it is active.
  public internal(set) var search: ReverseSearch?
  /// The lines of a command that needs more (a here-document), joined by newlines.
  public internal(set) var pending: String?
  var scrollback: Scrollback
  /// Rows the terminal pane is scrolled back from the bottom (0 follows the output).
  public internal(set) var terminalScroll = 0
  /// Rows the lesson pane is scrolled down from its top.
  public internal(set) var lessonScroll = 0
  /// True while the cluster map (F5) replaces the lesson pane.
  public internal(set) var showsMap = false {
    didSet { updateMap() }
  }
  /// The map's model, rebuilt only when the cluster or the last connection changed.
  private(set) var mapModel: ClusterMapModel?
  private var mapVersion: (Int, ConnectionRecord?)?
  public internal(set) var overlay: Overlay?
  /// Set when the learner asked to leave.
  public internal(set) var isFinished = false
  /// The presenter's command being typed into the input line, if one is (`present`).
  public internal(set) var typing: TypingAnimation?

  public init(
    size: TerminalSize, view: SessionView, labels: LabelBook, options: ScreenOptions,
    history: [String] = []
  ) {
    self.size = size
    self.view = view
    self.labels = labels
    self.options = options
    self.history = History(entries: history, limit: options.historyLimit)
    scrollback = Scrollback(limit: options.scrollbackLimit)
    // NB: a presenter's screen has the map on from the start.
    if options.presentation != nil { showsMap = size.width >= Layout.sideBySideWidth }
  }

  /// Rebuilds the map's model when the map is shown and the cluster changed.
  mutating func updateMap() {
    guard showsMap else {
      mapModel = nil
      mapVersion = nil
      return
    }
    let version = (view.cluster.resourceVersion, view.lastConnection)
    if let mapVersion, mapVersion.0 == version.0, mapVersion.1 == version.1, mapModel != nil {
      return
    }
    mapModel = ClusterMapModel(view.cluster, connection: view.lastConnection)
    mapVersion = version
  }

  var theme: Theme { Theme(color: options.color) }
  var glyphs: Glyphs { options.glyphs }

  var layout: Layout {
    if let presentation = options.presentation {
      return Layout(presenting: size, showsMap: showsMap, margin: presentation.lessonMargin)
    }
    return Layout(size: size, showsPane: view.lessonPane != nil || showsMap, paneIsMap: showsMap)
  }

  /// The prompt shown now: the shell's, or `> ` while a command continues.
  var currentPrompt: String { pending == nil ? view.prompt : "> " }

  /// The rows of the terminal pane's scrollback (for tests).
  public func scrollbackText(width: Int = 200) -> [String] {
    scrollback.rows(scrollback.count * 4 + 10, skipping: 0, width: width, from: 0, theme: theme)
      .map(\.plainText)
  }
}

/// A window drawn over the panes.
public enum Overlay: Equatable, Sendable {
  /// F1: the keys and their typed equivalents.
  case help
  /// F6: the lessons, with the one chosen.
  case lessons(selected: Int)
  /// Ctrl-D on an empty line: quit or not.
  case quitQuestion
}

/// What the screen shows of a session, read after every command, action and tick.
public struct SessionView: Sendable {
  public var prompt: String
  public var location: Location
  public var language: Language
  public var lessonPane: LessonPane?
  public var lessonList: LessonList?
  public var cluster: ClusterState
  public var lastConnection: ConnectionRecord?
  /// The session's own title bar words, if any.
  public var titleBar: TitleBar?
  /// Whether F10 and `quit` ask before leaving.
  public var asksBeforeQuit: Bool

  public init(of session: ScreenSession) {
    prompt = session.prompt
    location = session.location
    language = session.language
    lessonPane = session.lessonPane
    lessonList = session.lessonList
    cluster = session.cluster
    lastConnection = session.lastConnection
    titleBar = session.titleBar
    asksBeforeQuit = session.asksBeforeQuit
  }
}

/// What happens to the screen: a key, a new size, a clock tick, or something the session
/// answered.
public enum ScreenEvent {
  case key(Key)
  case resize(TerminalSize)
  /// The session answered a line (given, to keep in the history) or an action (nil).
  case replied(SessionReply, line: String?)
  /// The line entered is not complete yet (a here-document): more lines follow.
  case needsMoreInput(String)
  /// Completions for the line and cursor they were asked for.
  case completed(Completion, line: String, cursor: Int)
  /// The session was read again (after a command, an action or a tick).
  case refreshed(SessionView, LabelBook)
  /// The session said something by itself (see ``ScreenSession/takeAnnouncement()``): shown
  /// without touching the line being typed.
  case announced(SessionReply)
  /// The presenter's typing moves on by one character (``TypingAnimation``).
  case typingTick
}

/// What ``ScreenUpdate`` asks the program around it to do: the only way the screen reaches
/// the session, the disk or the process.
public enum ScreenEffect: Equatable, Sendable {
  /// Run a line in the session.
  case submit(String)
  /// Ctrl-D on an empty line in a shell on a node or in a container: that shell ends, as
  /// `exit` would, and nothing goes into the history.
  case leaveShell
  /// Ask the session for an action (language, hint, solution, a lesson).
  case perform(SessionAction)
  /// Ask the session for completions.
  case complete(line: String, cursor: Int)
  /// Keep this entry in the history file.
  case remember(String)
  /// Read the session again (a tick, a resize).
  case refresh
  /// The presenter's Space/→ or ← (``PresentingSession``).
  case present(PresenterMove)
}

/// How the screen looks and behaves, from the command line and the environment.
public struct ScreenOptions: Sendable {
  /// Box lines and marks: Unicode by default, ASCII with `--ascii`.
  public var glyphs: Glyphs
  /// False with NO_COLOR or on a terminal without colours.
  public var color: Bool
  /// Report the mouse wheel (scrolls the terminal pane).
  public var mouse: Bool
  public var scrollbackLimit: Int
  public var historyLimit: Int
  /// Where history is kept across sessions; nil keeps it for this session only.
  public var historyStore: HistoryStore?
  /// Seconds between clock ticks while waiting for keys.
  public var tickInterval: Double
  /// Show the cluster's seed in the title bar, so that a class can make the same cluster.
  public var showsSeed = false
  /// Set for `kubetutor present`: the presenter's layout, keys and typing.
  public var presentation: Presentation?

  public init(
    ascii: Bool = false, color: Bool = true, mouse: Bool = true, scrollbackLimit: Int = 10_000,
    historyLimit: Int = 1000, historyStore: HistoryStore? = nil, tickInterval: Double = 0.5
  ) {
    glyphs = ascii ? .ascii : .unicode
    self.color = color
    self.mouse = mouse
    self.scrollbackLimit = scrollbackLimit
    self.historyLimit = historyLimit
    self.historyStore = historyStore
    self.tickInterval = tickInterval
  }
}
