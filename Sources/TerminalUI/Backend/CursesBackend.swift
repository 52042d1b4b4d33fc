import CNcurses
import Foundation

/// The real terminal, through ncursesw: the only code that calls curses.
///
/// It sets a UTF-8 locale before curses starts (falling back to C.UTF-8 when the environment
/// has none), reads wide characters with `wget_wch`, copies each ``Canvas`` row by row with
/// `mvwaddnwstr` (the canvas has already clipped every string by display width), and leaves
/// the hardware cursor at the edit point. Signals and crashes give the terminal back
/// (``TerminalRestorer``).
public final class CursesBackend: TerminalBackend {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private var cursorVisible: Int32 = -1
  private var closed = false
  /// What curses writes, teed into the recording in progress (`--record`).
  private let capture: OutputCapture?
  public let supportsColor: Bool

  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  /// Takes over the terminal on standard input and output.
  public convenience init(mouse: Bool) throws {
    CursesBackend.enableUTF8Locale()
    let environment = ProcessInfo.processInfo.environment
    if environment["TERM"] == "dumb" {
      throw StartError(
        description: "kubetutor: TERM=dumb cannot show the full screen; using the line mode")
    }
    let capture = CastRecorder.current.flatMap { OutputCapture.redirectingStandardOutput(recorder: $0) }
    guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
      capture?.close()
      throw StartError(description: "kubetutor: cannot open the terminal")
    }
    do {
      try self.init(
        terminalNames: [environment["TERM"], "xterm-256color", "xterm"].compactMap { $0 }.filter {
          !$0.isEmpty
        },
        output: output, input: input, mouse: mouse, restoresTerminal: true, capture: capture)
    } catch {
      capture?.close()
      throw error
    }
  }

  /// Starts curses on the given streams with the first terminal type that has a terminfo
  /// entry. Tests pass /dev/null streams and read the virtual screen back (``screenRows()``).
  init(
    terminalNames: [String], output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
    mouse: Bool, restoresTerminal: Bool, capture: OutputCapture? = nil
  ) throws {
    self.capture = capture
    var opened: OpaquePointer?
    for name in terminalNames {
      opened = newterm(name, output, input)
      if opened != nil { break }
    }
    guard let opened else {
      throw StartError(description: "kubetutor: this terminal is not supported: try --plain")
    }
    screen = opened
    set_term(screen)
    guard let window = CNcurses_stdscr() else {
      throw StartError(description: "kubetutor: curses has no screen")
    }
    self.window = window
    if restoresTerminal { TerminalRestorer.install() }
    raw()
    noecho()
    nonl()
    set_escdelay(25)
    keypad(window, true)
    if has_colors() {
      start_color()
      use_default_colors()
      for color in Color.allCases {
        init_pair(Int16(color.rawValue) + 1, Int16(color.rawValue), -1)
      }
    }
    supportsColor = has_colors() && CNcurses_COLORS() >= 8
    if mouse { mousemask(CNcurses_BUTTON4_PRESSED | CNcurses_BUTTON5_PRESSED, nil) }
  }

  /// A backend on a virtual screen that writes to /dev/null, for benchmarks and tests of the
  /// copy into curses without a terminal.
  public static func virtualScreen(size: TerminalSize) throws -> CursesBackend {
    enableUTF8Locale()
    guard let output = fopen("/dev/null", "w"), let input = fopen("/dev/null", "r") else {
      throw StartError(description: "kubetutor: cannot open /dev/null")
    }
    let backend = try CursesBackend(
      terminalNames: ["xterm-256color", "xterm"], output: output, input: input, mouse: false,
      restoresTerminal: false)
    backend.resize(to: size)
    return backend
  }

  /// Sets the virtual screen's size (tests; a real terminal resizes by itself).
  func resize(to size: TerminalSize) {
    resizeterm(Int32(size.height), Int32(size.width))
  }

  /// The virtual screen read back from curses, row by row (wide characters once).
  func screenRows() -> [String] {
    (0..<getmaxy(window)).map { row in
      var buffer = [wchar_t](repeating: 0, count: Int(getmaxx(window)) + 1)
      mvwinnwstr(window, row, 0, &buffer, getmaxx(window))
      let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
      return String(String.UnicodeScalarView(scalars))
    }
  }

  /// The cursor as curses holds it.
  func cursorPosition() -> Position {
    Position(row: Int(getcury(window)), column: Int(getcurx(window)))
  }

  deinit { close() }

  /// Sets the locale from the environment, or C.UTF-8 when that is not UTF-8 (LANG unset in
  /// CI, cron or `env -i`). Must run before curses starts.
  static func enableUTF8Locale() {
    setlocale(LC_ALL, "")
    if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
      setlocale(LC_ALL, "C.UTF-8")
    }
  }

  /// Gives the terminal back for good.
  public func close() {
    guard !closed else { return }
    closed = true
    endwin()
    delscreen(screen)
    capture?.close()
    TerminalRestorer.active = false
  }

  public var size: TerminalSize {
    TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  public func draw(_ canvas: Canvas) {
    let width = min(canvas.size.width, Int(getmaxx(window)))
    let height = min(canvas.size.height, Int(getmaxy(window)))
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(2 * width + 1)
    for row in 0..<height {
      var column = 0
      while column < width {
        let style = canvas[row, column].style
        let start = column
        buffer.removeAll(keepingCapacity: true)
        // NB: a continuation cell always travels with the wide character before it.
        while column < width,
          canvas[row, column].style == style || canvas[row, column].isContinuation
        {
          let cell = canvas[row, column]
          if !cell.isContinuation {
            for scalar in cell.text.unicodeScalars {
              buffer.append(wchar_t(bitPattern: scalar.value))
            }
          }
          column += 1
        }
        apply(style)
        buffer.append(0)
        // Writing the bottom-right cell returns ERR but draws: not an error.
        _ = mvwaddnwstr(window, Int32(row), Int32(start), buffer, -1)
      }
    }
    wattr_set(window, CNcurses_A_NORMAL, 0, nil)
    let visible: Int32 = canvas.cursor == nil ? 0 : 1
    if visible != cursorVisible {
      curs_set(visible)
      cursorVisible = visible
    }
    if let cursor = canvas.cursor {
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else {
      wmove(window, Int32(max(0, height - 1)), 0)
    }
    wnoutrefresh(window)
    doupdate()
    capture?.drain()
  }

  private func apply(_ style: Style) {
    var attributes = CNcurses_A_NORMAL
    if style.attributes.contains(.bold) { attributes |= CNcurses_A_BOLD }
    if style.attributes.contains(.dim) { attributes |= CNcurses_A_DIM }
    if style.attributes.contains(.reverse) { attributes |= CNcurses_A_REVERSE }
    if style.attributes.contains(.underline) { attributes |= CNcurses_A_UNDERLINE }
    let pair = supportsColor ? style.foreground.map { Int16($0.rawValue) + 1 } ?? 0 : 0
    wattr_set(window, attributes, pair, nil)
  }

  public func nextEvent(timeout: Double) -> BackendEvent? {
    wtimeout(window, Int32(max(0, timeout * 1000)))
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    capture?.drain()
    guard status != ERR else { return nil }
    if status == KEY_CODE_YES {
      switch Int32(code) {
      case KEY_RESIZE:
        capture?.resized(to: size)
        return .resize(size)
      case KEY_MOUSE:
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & CNcurses_BUTTON4_PRESSED != 0 { return .key(.wheelUp) }
        if event.bstate & CNcurses_BUTTON5_PRESSED != 0 { return .key(.wheelDown) }
        return nil
      default:
        return .key(CursesBackend.key(forFunctionCode: Int32(code)))
      }
    }
    return .key(Key(code: UInt32(code)))
  }

  /// Decodes a `KEY_CODE_YES` code from `wget_wch`.
  static func key(forFunctionCode code: Int32) -> Key {
    switch code {
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_SR: return .shiftUp
    case KEY_SF: return .shiftDown
    case KEY_SPREVIOUS: return .shiftPageUp
    case KEY_SNEXT: return .shiftPageDown
    case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
    default: return .unknown(UInt32(code))
    }
  }

  public func suspend() {
    def_prog_mode()
    endwin()
    capture?.suspend()
    TerminalRestorer.childRunning = true
  }

  public func resume() {
    capture?.resume()
    TerminalRestorer.childRunning = false
    reset_prog_mode()
    clearok(window, true)
    cursorVisible = -1
  }
}
