import CNcurses
import Foundation
import Testing

@testable import TerminalUI

@Suite struct TextWidthTests {
  @Test func pinnedWidths() {
    #expect(TextWidth.of("한") == 2)
    #expect(TextWidth.of("A") == 1)
    #expect(TextWidth.of("─") == 1)
    #expect(TextWidth.of("\u{301}") == 0)
    #expect(TextWidth.of("e\u{301}") == 1)
    #expect(TextWidth.of("kubectl get 파드") == 16)
    #expect(TextWidth.of("😀") == 2)
    #expect(TextWidth.of("ㄱ") == 2)
    #expect(TextWidth.of("\u{1100}\u{1161}\u{11AB}") == 2)  // 한 as conjoining jamo (NFD)
    #expect(TextWidth.of("\u{7}") == 1)  // unprintable: drawn as "?"
  }

  /// The table must agree with glibc's wcwidth, which ncursesw uses to place characters.
  @Test func agreesWithWcwidthForEveryScalar() {
    setlocale(LC_CTYPE, "C.UTF-8")
    var mismatches: [String] = []
    for value in UInt32(0x20)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = Int(wcwidth(wchar_t(bitPattern: value)))
      if TextWidth.wcwidth(scalar) != expected {
        mismatches.append(
          String(format: "U+%04X: %d, wcwidth %d", value, TextWidth.wcwidth(scalar), expected))
        if mismatches.count > 10 { break }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test func clippingNeverSplitsAWideCharacter() {
    #expect(TextWidth.clipped("안녕하세요", to: 5) == "안녕")
    #expect(TextWidth.clipped("안녕하세요", to: 4) == "안녕")
    #expect(TextWidth.clipped("ab안녕", to: 3) == "ab")
    #expect(TextWidth.clipped("abc", to: 0) == "")
    #expect(TextWidth.clipped("cafe\u{301}s", to: 4) == "cafe\u{301}")
    #expect(TextWidth.padded("파드", to: 6) == "파드  ")
    #expect(TextWidth.padded("파드파드", to: 5) == "파드 ")
  }

  @Test func nfdLessonTextIsNormalisedToSyllables() {
    let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"  // 한글, as pasted from macOS
    #expect(nfd.unicodeScalars.count == 6)
    let blocks = LessonMarkup.blocks(from: nfd)
    guard case .paragraph(let spans) = blocks.first else {
      Issue.record("no paragraph")
      return
    }
    #expect(spans.map(\.text).joined().unicodeScalars.count == 2)
    #expect(spans.map(\.text).joined() == "한글")
  }
}

@Suite struct TextWrapperTests {
  @Test func englishBreaksAtWordBoundaries() {
    let lines = TextWrapper.wrapped("A Service gives pods a stable address and name.", toWidth: 16)
    #expect(lines == ["A Service gives", "pods a stable", "address and", "name."])
    #expect(lines.allSatisfy { TextWidth.of($0) <= 16 })
  }

  @Test func koreanWrapsAtSpacesAndBreaksOnlyAWordWiderThanTheLine() {
    let lines = TextWrapper.wrapped("쿠버네티스 서비스는 안정적인 주소입니다", toWidth: 16)
    #expect(lines == ["쿠버네티스", "서비스는", "안정적인", "주소입니다"])
    #expect(lines.allSatisfy { TextWidth.of($0) <= 16 })
    let long = TextWrapper.wrapped("엔드포인트슬라이스컨트롤러가 바꿉니다", toWidth: 12)
    #expect(long.first == "엔드포인트슬")
    #expect(long.allSatisfy { TextWidth.of($0) <= 12 })
  }

  @Test func koreanKeepsTwoSyllablesOnEachSideOfABreak() {
    // "줍니다" can only split 1+2 or 2+1: it moves to the next line whole.
    #expect(TextWrapper.wrapped("주소를 줍니다", toWidth: 10) == ["주소를", "줍니다"])
    // A Latin word is never split between letters while it fits on a line.
    #expect(TextWrapper.wrapped("파드는 kubernetes", toWidth: 12) == ["파드는", "kubernetes"])
  }

  @Test func wordsLongerThanALineAreCut() {
    #expect(TextWrapper.wrapped("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrapper.wrapped("가나다라마바", toWidth: 5) == ["가나", "다라", "마바"])
  }

  @Test func stylesSurviveWrapping() {
    let line: StyledLine = [
      StyledRun("run "), StyledRun("kubectl get pods", .bold), StyledRun(" now"),
    ]
    let wrapped = TextWrapper.wrapped(line, toWidth: 12)
    #expect(wrapped.map(\.plainText) == ["run kubectl", "get pods now"])
    #expect(wrapped[0].last == StyledRun("kubectl", .bold))
    #expect(wrapped[1].first == StyledRun("get pods", .bold))
  }

  @Test func hardWrapMovesAWideCharacterThatDoesNotFit() {
    let rows = TextWrapper.hardWrapped([StyledRun("abc한글")], toWidth: 4)
    #expect(rows.map(\.plainText) == ["abc", "한글"])
    #expect(TextWrapper.hardWrapped([StyledRun("")], toWidth: 4).map(\.plainText) == [""])
    #expect(
      TextWrapper.hardWrapped([StyledRun("abcdefgh")], toWidth: 4).map(\.plainText) == [
        "abcd", "efgh",
      ])
  }
}

@Suite struct CanvasTests {
  @Test func wideCharactersTakeTwoCells() {
    var canvas = Canvas(size: TerminalSize(width: 8, height: 1))
    #expect(canvas.put("a한b", at: Position(row: 0, column: 0)) == 4)
    #expect(canvas[0, 1].text == "한")
    #expect(canvas[0, 1].width == 2)
    #expect(canvas[0, 2].isContinuation)
    #expect(canvas.rowText(0) == "a한b    ")
  }

  @Test func nothingIsDrawnPastTheRightEdge() {
    var canvas = Canvas(size: TerminalSize(width: 5, height: 2))
    #expect(canvas.put("abcd한", at: Position(row: 0, column: 0)) == 4)
    #expect(canvas.rowText(0) == "abcd ")
    #expect(canvas.rowText(1) == "     ")
    #expect(canvas.put("abcdefgh", at: Position(row: 1, column: 2)) == 3)
    #expect(canvas.rowText(1) == "  abc")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var canvas = Canvas(size: TerminalSize(width: 6, height: 1))
    canvas.put("한글", at: Position(row: 0, column: 0))
    canvas.put("x", at: Position(row: 0, column: 1))
    #expect(canvas.rowText(0) == " x글  ")
    canvas.put("y", at: Position(row: 0, column: 2))
    #expect(canvas.rowText(0) == " xy   ")
  }

  @Test func combiningMarksJoinTheirBase() {
    var canvas = Canvas(size: TerminalSize(width: 4, height: 1))
    #expect(canvas.put("e\u{301}x", at: Position(row: 0, column: 0)) == 2)
    #expect(canvas[0, 0].text == "e\u{301}")
    #expect(canvas.rowText(0) == "e\u{301}x  ")
  }

  @Test func unprintableCharactersBecomeQuestionMarks() {
    var canvas = Canvas(size: TerminalSize(width: 4, height: 1))
    canvas.put("a\u{1B}b", at: Position(row: 0, column: 0))
    #expect(canvas.rowText(0) == "a?b ")
  }
}
