import ClusterSim
import Kubectl
import Testing

@testable import TerminalUI

/// Whole screens from the in-memory backend, compared with Golden/*.txt. The last line of
/// each file is the cursor.
@Suite struct GoldenScreenTests {
  func screen(_ backend: MemoryBackend) -> String {
    let cursor = backend.cursor.map { "cursor \($0.row),\($0.column)" } ?? "cursor hidden"
    return backend.text + "\n" + cursor
  }

  @Test(arguments: goldenSizes)
  func lessonInKorean(size: TerminalSize) {
    let session = LessonSession(language: .ko)
    let backend = MemoryBackend(size: size)
    let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
    controller.type("kubectl get svc")
    assertGolden(screen(backend), named: "lesson-ko-\(size)")
  }

  @Test(arguments: goldenSizes)
  func mapWithTwoNodesAndThreeServices(size: TerminalSize) {
    let (controller, backend, _) = makeScreen(size: size, shell: mapShell())
    controller.press(.function(5))
    assertGolden(screen(backend), named: "map-\(size)")
  }

  @Test func theMapShowsAddressesWholeOrNotAtAll() throws {
    let shell = mapShell()
    // Long pod names leave little room in a node's box.
    _ = shell.run("kubectl create deployment payments-gateway-canary-release-v2 --image=nginx --replicas=2")
    shell.cluster.advance(by: 10)
    let ips = shell.cluster.state.store.list(Pod.self, in: "default").compactMap(\.status.podIP)
    try #require(!ips.isEmpty)
    for width in [120, 100, 80] {
      let (controller, backend, _) = makeScreen(size: TerminalSize(width: width, height: 30), shell: shell)
      controller.press(.function(5))
      // Any "10.244." on the screen is followed by a whole address of one of the pods.
      let text = backend.text
      var rest = Substring(text)
      while let found = rest.range(of: "10.244.") {
        let address = rest[found.lowerBound...].prefix { $0.isNumber || $0 == "." }
        #expect(ips.contains(String(address)), "cut address \(address) at \(width) columns")
        rest = rest[found.upperBound...]
      }
    }
  }

  @Test(arguments: goldenSizes)
  func help(size: TerminalSize) {
    let (controller, backend, _) = makeScreen(size: size, shell: makeShell(language: .ko))
    controller.press(.function(1))
    assertGolden(screen(backend), named: "help-ko-\(size)")
  }

  @Test func helpInEnglish() {
    let (controller, backend, _) = makeScreen(size: TerminalSize(width: 80, height: 24))
    controller.press(.function(1))
    assertGolden(screen(backend), named: "help-en-80x24")
  }

  @Test(arguments: [
    TerminalSize(width: 79, height: 24), TerminalSize(width: 60, height: 15),
    TerminalSize(width: 20, height: 6),
  ])
  func tooSmall(size: TerminalSize) {
    let (_, backend, _) = makeScreen(size: size, shell: makeShell(language: .ko))
    assertGolden(screen(backend), named: "too-small-\(size)")
  }

  @Test func sandboxAfterCommands() {
    let (controller, backend, _) = makeScreen(size: TerminalSize(width: 80, height: 24))
    controller.type("kubectl get nodes\recho 안녕하세요\rkubectl get pod nope\rkubectl create deploy")
    assertGolden(screen(backend), named: "sandbox-80x24")
  }

  @Test func asciiBorders() {
    let (controller, backend, _) = makeScreen(
      size: TerminalSize(width: 100, height: 30), shell: mapShell(),
      options: ScreenOptions(ascii: true))
    controller.press(.function(5))
    assertGolden(screen(backend), named: "map-ascii-100x30")
  }

  @Test func lessonListInKorean() {
    let session = LessonSession(language: .ko)
    let backend = MemoryBackend(size: TerminalSize(width: 100, height: 30))
    let controller = ScreenController(session: session, backend: backend, options: ScreenOptions())
    controller.press(.function(6), .down)
    assertGolden(screen(backend), named: "lessons-ko-100x30")
  }
}
