import Foundation
import Testing

@testable import TerminalUI

@Suite struct LineEditorTests {
  @Test func movesByCharactersAndCountsColumnsByWidth() {
    var editor = LineEditor()
    editor.insert("kubectl get 파드")
    #expect(editor.cursor == 14)
    #expect(editor.cursorColumn == 16)
    editor.apply(.left)
    #expect(editor.cursorColumn == 14)
    editor.apply(.home)
    #expect(editor.cursor == 0)
    editor.apply(.end)
    #expect(editor.cursor == 14)
    editor.apply(.control("a"))
    #expect(editor.cursor == 0)
    editor.apply(.right)
    editor.apply(.control("f"))
    #expect(editor.cursor == 2)
    editor.apply(.control("b"))
    #expect(editor.cursor == 1)
    editor.apply(.control("e"))
    #expect(editor.cursor == 14)
  }

  @Test func backspaceAndDeleteRemoveWholeSyllables() {
    var editor = LineEditor("안녕하세요")
    editor.apply(.backspace)
    #expect(editor.text == "안녕하세")
    editor.apply(.home)
    editor.apply(.delete)
    #expect(editor.text == "녕하세")
    #expect(editor.cursorColumn == 0)
    editor.apply(.right)
    #expect(editor.cursorColumn == 2)
    editor.apply(.backspace)
    #expect(editor.text == "하세")
    editor.apply(.backspace)  // at the start: nothing happens
    #expect(editor.text == "하세")
  }

  @Test func conjoiningJamoTypedOneByOneFormOneSyllable() {
    var editor = LineEditor()
    editor.insert("\u{1112}")
    editor.insert("\u{1161}")
    editor.insert("\u{11AB}")
    #expect(editor.characters.count == 1)
    #expect(editor.cursorColumn == 2)
    editor.apply(.backspace)
    #expect(editor.isEmpty)
  }

  @Test func killAndYank() {
    var editor = LineEditor("kubectl get pods -o wide")
    editor.apply(.control("w"))
    #expect(editor.text == "kubectl get pods -o ")
    editor.apply(.control("y"))
    #expect(editor.text == "kubectl get pods -o wide")
    editor.apply(.home)
    for _ in 0..<8 { editor.apply(.right) }
    editor.apply(.control("k"))
    #expect(editor.text == "kubectl ")
    editor.apply(.control("u"))
    #expect(editor.text == "")
    editor.apply(.control("y"))
    #expect(editor.text == "kubectl ")
  }

  @Test func controlWDeletesTheWordBeforeTheCursorOnly() {
    var editor = LineEditor("echo 안녕 세상")
    editor.apply(.left)
    editor.apply(.left)
    editor.apply(.left)
    editor.apply(.control("w"))
    #expect(editor.text == "echo  세상")
  }

  @Test func replaceKeepsTheCursorAfterTheInsertion() {
    var editor = LineEditor("kubectl get po")
    editor.replace(12..<14, with: "pods ")
    #expect(editor.text == "kubectl get pods ")
    #expect(editor.cursor == 17)
  }

  @Test func keyDecodingFromRawCodes() {
    #expect(Key(code: 13) == .enter)
    #expect(Key(code: 10) == .enter)
    #expect(Key(code: 9) == .tab)
    #expect(Key(code: 127) == .backspace)
    #expect(Key(code: 8) == .backspace)
    #expect(Key(code: 27) == .escape)
    #expect(Key(code: 3) == .control("c"))
    #expect(Key(code: 18) == .control("r"))
    #expect(Key(code: 0xD55C) == .character("한"))
    #expect(Key(code: 0) == .unknown(0))
  }
}

@Suite struct HistoryTests {
  @Test func upAndDownKeepTheDraft() {
    var history = History(entries: ["kubectl get pods", "kubectl get svc"])
    #expect(history.previous(current: "kub") == "kubectl get svc")
    #expect(history.previous(current: "ignored") == "kubectl get pods")
    #expect(history.previous(current: "ignored") == nil)
    #expect(history.next() == "kubectl get svc")
    #expect(history.next() == "kub")
    #expect(history.next() == nil)
  }

  @Test func addSkipsBlanksAndRepeatsAndKeepsTheLimit() {
    var history = History(limit: 3)
    for line in ["a", "", "  ", "b", "b", "c", "d"] { history.add(line) }
    #expect(history.entries == ["b", "c", "d"])
  }

  @Test func searchFindsTheNewestMatchAtOrBefore() {
    let history = History(entries: ["kubectl get pods", "echo hi", "kubectl get svc", "ls"])
    #expect(history.search("kubectl") == 2)
    #expect(history.search("kubectl", from: 1) == 0)
    #expect(history.search("nothing") == nil)
  }

  @Test func historyIsKeptAcrossSessionsInTheStateFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = HistoryStore.standard(environment: ["XDG_STATE_HOME": folder.path])
    #expect(store.file.path == folder.appendingPathComponent("kubetutor/history").path)
    #expect(store.load().isEmpty)
    store.append("kubectl get pods")
    store.append("cat <<EOF > a.yaml\nkind: Pod\nEOF")
    store.append(#"echo "a\b""#)
    let again = HistoryStore.standard(environment: ["XDG_STATE_HOME": folder.path])
    #expect(
      again.load() == ["kubectl get pods", "cat <<EOF > a.yaml\nkind: Pod\nEOF", #"echo "a\b""#])
  }

  @Test func theHistoryFileStaysBounded() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kubetutor-history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let store = HistoryStore(file: file, limit: 5)
    for index in 0..<12 { store.append("command \(index)") }
    #expect(store.load() == (7..<12).map { "command \($0)" })
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").count
    #expect(lines <= 10)
  }

  @Test func stateFolderDefaultsToLocalState() {
    #expect(
      StateFolder.url(environment: ["HOME": "/home/ann"]).path == "/home/ann/.local/state/kubetutor"
    )
  }
}
