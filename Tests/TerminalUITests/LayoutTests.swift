import Testing

@testable import TerminalUI

@Suite struct LayoutTests {
  @Test func stackedBelow120Columns() {
    let layout = Layout(
      size: TerminalSize(width: 80, height: 24), showsPane: true, paneIsMap: false)
    #expect(!layout.sideBySide)
    #expect(!layout.isTooSmall)
    #expect(layout.pane == Rect(row: 1, column: 1, width: 78, height: 9))
    #expect(layout.terminal == Rect(row: 11, column: 2, width: 76, height: 10))
    #expect(layout.footerRule == 21)
    #expect(layout.keyBar == 22)
    let narrow = Layout(
      size: TerminalSize(width: 119, height: 30), showsPane: true, paneIsMap: false)
    #expect(!narrow.sideBySide)
  }

  @Test func sideBySideFrom120Columns() {
    let layout = Layout(
      size: TerminalSize(width: 120, height: 30), showsPane: true, paneIsMap: false)
    #expect(layout.sideBySide)
    #expect(layout.pane == Rect(row: 1, column: 1, width: 52, height: 26))
    #expect(layout.terminal == Rect(row: 1, column: 55, width: 63, height: 26))
    let wide = Layout(size: TerminalSize(width: 160, height: 45), showsPane: true, paneIsMap: true)
    #expect(wide.pane!.width > wide.terminal.width)
  }

  @Test func theMapTakesMostOfAStackedScreen() {
    let layout = Layout(
      size: TerminalSize(width: 100, height: 30), showsPane: true, paneIsMap: true)
    #expect(layout.pane!.height == 17)
    #expect(layout.terminal.height == 8)
  }

  @Test func withoutAPaneTheTerminalTakesTheBody() {
    let layout = Layout(
      size: TerminalSize(width: 100, height: 30), showsPane: false, paneIsMap: false)
    #expect(layout.pane == nil)
    #expect(layout.terminal == Rect(row: 1, column: 2, width: 96, height: 26))
  }

  @Test(arguments: [
    (80, 24, false), (79, 24, true), (80, 23, true), (200, 10, true), (10, 100, true),
  ])
  func tooSmallBelow80x24(width: Int, height: Int, small: Bool) {
    #expect(
      Layout(size: TerminalSize(width: width, height: height), showsPane: true, paneIsMap: false)
        .isTooSmall == small)
  }

  @Test(
    arguments: goldenSizes + [
      TerminalSize(width: 120, height: 24), TerminalSize(width: 81, height: 40),
    ])
  func everyRowIsExactlyTheWidth(size: TerminalSize) {
    for shell in [mapShell(language: .ko), makeShell(language: .ko)] {
      let (controller, backend, _) = makeScreen(size: size, shell: shell)
      controller.type("echo 한국어 텍스트와 English 텍스트\r")
      for key: Key in [.function(5), .function(1), .escape, .function(6)] {
        controller.press(key)
        for row in 0..<size.height {
          #expect(TextWidth.of(backend.row(row)) == size.width, "row \(row) after \(key)")
        }
      }
    }
  }

  @Test func tooSmallMessageFitsEvenTinyTerminals() {
    for size in [
      TerminalSize(width: 1, height: 1), TerminalSize(width: 12, height: 3),
      TerminalSize(width: 79, height: 23),
    ] {
      let (_, backend, _) = makeScreen(size: size)
      #expect(backend.text.contains("80x24") || size.width < 20)
      for row in 0..<size.height { #expect(TextWidth.of(backend.row(row)) == size.width) }
      #expect(backend.cursor == nil)
    }
  }
}
