import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// Lesson text: Markdown-ish blocks, wrapping by display width, live values, the catalogue.
@Suite struct TextTests {
  @Test func blocks() {
    let text = """
      A **Deployment** keeps pods.
      It replaces them.

      - one `a`
      - two
        continued

      ```
      laptop ──► node
        │  kept   verbatim
      ```
      """
    #expect(
      TextBlock.parse(text) == [
        .paragraph([.plain("A "), .bold("Deployment"), .plain(" keeps pods. It replaces them.")]),
        .list([[.plain("one "), .code("a")], [.plain("two continued")]]),
        .fenced(lines: ["laptop ──► node", "  │  kept   verbatim"], info: ""),
      ])
  }

  @Test func unclosedMarkersArePlainText() {
    #expect(TextBlock.spans("a `b and **c") == [.plain("a `b and **c")])
  }

  @Test func plainRenderingWrapsByDisplayWidth() {
    let korean = String(repeating: "파드 ", count: 30)
    let text = PlainRendering.text([.paragraph(TextBlock.spans(korean))], width: 20)
    for line in text.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 20) }
    #expect(DisplayWidth.of("파드 IP") == 7)
    #expect(
      PlainRendering.text([
        .paragraph([.plain("run "), .code("ls"), .bold(" now")]), .fenced(lines: ["x"], info: ""),
      ]) == "run `ls` now\n\n    x")
  }

  @Test func liveValues() throws {
    let cluster = Cluster(options: ClusterOptions(), clock: ManualClock())
    let shell = Shell(cluster: cluster, workspace: MemoryWorkspace())
    _ = shell.run("kubectl create deployment web --image=nginx --replicas=2")
    cluster.advance(by: 6)
    _ = shell.run("kubectl expose deployment web --type=NodePort --port=80")
    cluster.advance(by: 2)
    let state = cluster.state
    let ips = state.store.list(Pod.self, in: "default").compactMap(\.status.podIP)
    #expect(LiveText.rendered("IP {{pod app=web .status.podIP}}", in: [state]) == "IP \(ips[0])")
    let nodePort = state.store.get(Service.self, "default", "web")?.spec.ports.first?.nodePort
    #expect(
      LiveText.rendered("{{svc web .spec.ports[0].nodePort}}", in: [state])
        == nodePort.map(String.init))
    #expect(
      LiveText.rendered("{{pod -n kube-system k8s-app=kube-dns .status.podIP}}", in: [state])
        == "10.244.0.2")
    #expect(LiveText.rendered("{{pod app=nothing .status.podIP}}", in: [state]) == nil)
    #expect(
      LiveText.rendered("{{pod app=nothing .status.podIP}}!", in: [state], placeholder: "?") == "?!"
    )
    _ = shell.run("kubectl delete pod \(state.store.list(Pod.self, in: "default")[0].name)")
    let newest = cluster.state.store.list(Pod.self, in: "default").max {
      ($0.metadata.creationTimestamp!, $0.name) < ($1.metadata.creationTimestamp!, $1.name)
    }
    #expect(
      LiveText.rendered("{{newest pod app=web .metadata.name}}", in: [cluster.state])
        == newest?.name)
  }

  @Test func liveValueErrors() {
    #expect(
      LiveText.problems(in: "{{pod app=web}}") == [
        "live value '{{pod app=web}}' needs KIND NAME-OR-SELECTOR JSONPATH"
      ])
    #expect(
      LiveText.problems(in: "{{widget web .x}}") == [
        "live value '{{widget web .x}}': unknown kind 'widget'"
      ])
    #expect(LiveText.problems(in: "{{pod web .spec.containers[0}}").count == 1)
    #expect(LiveText.problems(in: "no values here").isEmpty)
  }

  @Test func lessonTextIsNormalisedToNFC() throws {
    // "파드" written with conjoining jamo (NFD) comes out precomposed.
    let decomposed = "파드".decomposedStringWithCanonicalMapping
    #expect(Array(decomposed.unicodeScalars).count == 4)
    let yaml = sampleLessonYAML.replacingOccurrences(of: "ko: 예제}", with: "ko: \(decomposed)}")
    let (lesson, problems) = LessonParser.parse(yaml, file: "nfd.yaml")
    #expect(problems.isEmpty)
    #expect(Array(try #require(lesson).title.ko.unicodeScalars) == Array("파드".unicodeScalars))
  }

  @Test func theCatalogueIsCompleteInBothLanguages() {
    for key in UIStrings.keys {
      let en = UIStrings.text(key, .en)
      let ko = UIStrings.text(key, .ko)
      #expect(!en.isEmpty && !ko.isEmpty, "\(key)")
      #expect(
        UIStrings.placeholders(in: en) == UIStrings.placeholders(in: ko),
        "\(key) placeholders differ")
    }
    for key in [
      "key.help", "key.language", "key.hint", "key.solution", "key.map", "key.lessons", "key.quit",
      "title.step", "tooSmall",
    ] {
      #expect(UIStrings.keys.contains(key), "\(key) missing")
    }
    #expect(UIStrings.text("step.done", .ko, ["k": "2", "n": "5"]) == "✓ 2/5 단계 완료.")
    #expect(UIStrings.text("no.such.key", .en) == "no.such.key")
  }

  @Test func languageChoice() {
    #expect(LanguageChoice.resolve(flag: "ko", environment: ["LANG": "en_US.UTF-8"]) == .ko)
    #expect(LanguageChoice.resolve(flag: nil, environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
    #expect(
      LanguageChoice.resolve(flag: nil, environment: ["LC_ALL": "C", "LANG": "ko_KR.UTF-8"]) == .en)
    #expect(
      LanguageChoice.resolve(
        flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "ko", "LANG": "en"]) == .ko)
    #expect(LanguageChoice.resolve(flag: nil, environment: [:]) == .en)
    #expect(LanguageChoice.parse("한국어") == .ko)
    #expect(LanguageChoice.parse("fr") == nil)
  }
}
