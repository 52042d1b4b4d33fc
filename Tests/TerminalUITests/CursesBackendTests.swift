import CNcurses
import Foundation
import Testing

@testable import TerminalUI

/// The real curses backend, on a virtual screen (newterm on /dev/null, no terminal needed):
/// the blit must put Hangul, borders and the cursor where the canvas has them.
@Suite(.serialized) struct CursesBackendTests {
  func backend(_ size: TerminalSize) throws -> CursesBackend {
    setlocale(LC_ALL, "C.UTF-8")
    let output = try #require(fopen("/dev/null", "w"))
    let input = try #require(fopen("/dev/null", "r"))
    let backend = try CursesBackend(
      terminalNames: ["xterm-256color", "xterm"], output: output, input: input, mouse: false,
      restoresTerminal: false)
    backend.resize(to: size)
    return backend
  }

  @Test func blitPlacesHangulByDisplayWidth() throws {
    let backend = try backend(TerminalSize(width: 30, height: 4))
    defer { backend.close() }
    var canvas = Canvas(size: TerminalSize(width: 30, height: 4))
    canvas.box(Rect(row: 0, column: 0, width: 30, height: 4), glyphs: .unicode, title: "수업 Lesson")
    canvas.put("kubectl get 파드", at: Position(row: 1, column: 2), style: Style(foreground: .red))
    canvas.put("가나다라마바사아자차카타", at: Position(row: 2, column: 2), limit: 26)
    canvas.cursor = Position(row: 1, column: 18)
    backend.draw(canvas)
    let cursor = backend.cursorPosition()
    let rows = backend.screenRows()
    #expect(rows[0] == "┌ 수업 Lesson ───────────────┐")
    #expect(rows[1] == "│ kubectl get 파드           │")
    #expect(rows[2] == "│ 가나다라마바사아자차카타   │")
    #expect(rows.allSatisfy { TextWidth.of($0) == 30 })
    #expect(cursor == Position(row: 1, column: 18))
  }

  @Test func aWholeScreenRoundTrips() throws {
    let size = TerminalSize(width: 100, height: 30)
    let backend = try backend(size)
    defer { backend.close() }
    let memory = MemoryBackend(size: size)
    let controller = ScreenController(
      session: SandboxSession(shell: mapShell(language: .ko)), backend: memory,
      options: ScreenOptions())
    controller.type("echo 안녕하세요\r")
    controller.press(.function(5))
    backend.draw(ScreenRenderer.render(controller.state))
    #expect(backend.cursorPosition() == memory.cursor)
    #expect(backend.screenRows() == (0..<30).map(memory.row))
  }

  @Test func functionKeyCodesDecode() {
    #expect(CursesBackend.key(forFunctionCode: KEY_LEFT) == .left)
    #expect(CursesBackend.key(forFunctionCode: KEY_F0 + 5) == .function(5))
    #expect(CursesBackend.key(forFunctionCode: KEY_F0 + 10) == .function(10))
    #expect(CursesBackend.key(forFunctionCode: KEY_PPAGE) == .pageUp)
    #expect(CursesBackend.key(forFunctionCode: KEY_SR) == .shiftUp)
    #expect(CursesBackend.key(forFunctionCode: KEY_DC) == .delete)
    #expect(CursesBackend.key(forFunctionCode: KEY_BACKSPACE) == .backspace)
  }
}
