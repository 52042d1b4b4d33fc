import Foundation
import Testing
import Tutorial

/// The exam's templates: the real ones load and pass their self-test for several seeds; broken
/// ones are rejected with file:line.
@Suite struct ExamTemplateTests {
  @Test func theRealTemplatesLoadWithoutProblems() {
    let catalogue = ExamTestSupport.catalogue
    #expect(
      catalogue.diagnostics.isEmpty,
      "\(catalogue.diagnostics.map(\.description).joined(separator: "\n"))")
    #expect(catalogue.templates.count >= 30)
    // Every topic has templates, and every template's topic is one of them.
    let topics = Set(catalogue.topics.map(\.id))
    #expect(topics == Set(catalogue.templates.map(\.topic)))
    #expect(Set(catalogue.templates.map(\.id)).count == catalogue.templates.count)
  }

  /// The issue's list of competencies, each covered by at least one template.
  @Test func theTemplatesCoverTheServicesAndNetworkingCompetencies() {
    let ids = Set(ExamTestSupport.templateIDs)
    let wanted = [
      "expose-clusterip", "expose-nodeport", "expose-loadbalancer", "expose-pod",
      "service-from-manifest", "change-type-nodeport", "multi-port", "named-targetport",
      "headless-lookup", "cross-namespace-dns", "externalname-alias", "scale-endpoints",
      "fix-selector", "fix-targetport", "fix-readiness", "fix-wrong-namespace",
      "fix-misspelled-service", "manual-endpoints", "jsonpath-values", "service-env-vars",
      "temporary-pod-test", "port-forward",
    ]
    #expect(wanted.filter { !ids.contains($0) } == [])
  }

  /// The self-test of every template, for seeds 1, 2 and 3: each check fails on the starting
  /// state and passes after the model solution.
  @Test(arguments: ExamTestSupport.templateIDs)
  func everyTemplatePassesItsSelfTest(_ id: String) throws {
    let template = try #require(ExamTestSupport.template(id))
    let problems = ExamSelfTest.run(template, options: ExamSelfTest.Options(seeds: [1, 2, 3]))
    #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
  }

  /// Parameters differ from seed to seed: the same template is not the same task twice.
  @Test func draftsDifferBetweenSeeds() throws {
    let template = try #require(ExamTestSupport.template("expose-nodeport"))
    let drawn = (1...8).map { seed -> String in
      var draw = ParameterDraw(seed: UInt64(seed))
      let values = draw.values(for: template, number: 1)
      return "\(values["ns"] ?? "")/\(values["nodePort"] ?? "")"
    }
    #expect(Set(drawn).count >= 6, "\(drawn)")
  }

  // MARK: - Broken templates

  func problems(_ yaml: String, file: String = "broken.yaml") -> [String] {
    ExamTestSupport.catalogue([(file, yaml)]).diagnostics.map(\.description)
  }

  @Test func aCheckThatAlreadyPassesAtTheStartIsRejected() throws {
    // The namespace exists from the setup on, so this check gives points for nothing.
    let yaml = sampleTemplateYAML.replacingOccurrences(
      of: "  - reachable: {from: laptop",
      with: """
          - exists: {kind: namespace, name: "{{ns}}"}
            explain: {en: The namespace exists., ko: 네임스페이스가 있습니다.}
          - reachable: {from: laptop
        """)
    let catalogue = ExamTestSupport.catalogue([("early.yaml", yaml)])
    #expect(catalogue.diagnostics.isEmpty)
    let template = try #require(catalogue.templates.first)
    let problems = ExamSelfTest.run(template).map(\.description)
    #expect(
      problems
        == [1, 2, 3].map {
          "exam/early.yaml:19: error: seed \($0): the check already passes before the solution runs: The namespace exists."
        })
  }

  @Test func aSolutionThatDoesNotSolveIsRejected() throws {
    let yaml = sampleTemplateYAML.replacingOccurrences(
      of: "--node-port={{nodePort}}", with: "--node-port=30099")
    let template = try #require(ExamTestSupport.catalogue([("wrong.yaml", yaml)]).templates.first)
    var draw = ParameterDraw(seed: 1)
    let port = try #require(draw.values(for: template, number: 1)["nodePort"])
    let problems = ExamSelfTest.run(template, options: ExamSelfTest.Options(seeds: [1]))
    #expect(
      problems.map(\.description) == [
        "exam/wrong.yaml:19: error: seed 1: the check does not pass after the solution: Port `\(port)` answers."
      ])
  }

  @Test func aSampleTemplatePasses() throws {
    let catalogue = ExamTestSupport.catalogue([("sample.yaml", sampleTemplateYAML)])
    #expect(catalogue.diagnostics.isEmpty, "\(catalogue.diagnostics)")
    let template = try #require(catalogue.templates.first)
    #expect(ExamSelfTest.run(template).isEmpty)
  }

  @Test func anUnknownParameterIsNamedWithItsLine() {
    let yaml = sampleTemplateYAML.replacingOccurrences(
      of: "--node-port={{nodePort}}", with: "--node-port={{nodeport}}")
    #expect(
      problems(yaml) == [
        "exam/broken.yaml:15: error: '{{nodeport}}' is not a parameter (parameters: nodePort, ns, task)"
      ])
  }

  @Test func anUnquotedParameterAtTheStartOfAValueIsExplained() {
    let yaml = sampleTemplateYAML.replacingOccurrences(
      of: "namespace: \"{{ns}}\"", with: "namespace: {{ns}}")
    #expect(
      problems(yaml).first
        == "exam/broken.yaml:17: error: a value that starts with '{{' must be quoted: \"{{name}}\" (YAML reads {{...}} as a mapping)"
    )
  }

  @Test func schemaMistakesAreNamedWithTheirLines() {
    let yaml =
      sampleTemplateYAML
      .replacingOccurrences(of: "weight: 5", with: "weight: 50")
      .replacingOccurrences(of: "topic: expose", with: "topic: networking")
      .replacingOccurrences(
        of: "{range: [30000, 30010], unique: true}", with: "{range: [30010, 30000]}")
    #expect(
      problems(yaml) == [
        "exam/broken.yaml:3: error: weight must be between 1 and 20, not 50",
        "exam/broken.yaml:7: error: parameter 'nodePort'.range must be [LOW, HIGH] with LOW <= HIGH",
        "exam/broken.yaml:12: error: '{{nodePort}}' is not a parameter (parameters: ns, task)",
        "exam/broken.yaml:13: error: '{{nodePort}}' is not a parameter (parameters: ns, task)",
        "exam/broken.yaml:15: error: '{{nodePort}}' is not a parameter (parameters: ns, task)",
        "exam/broken.yaml:19: error: '{{nodePort}}' is not a parameter (parameters: ns, task)",
        "exam/broken.yaml:20: error: '{{nodePort}}' is not a parameter (parameters: ns, task)",
      ])
  }

  @Test func aCheckWithoutExplainAndABadCheckAreRejected() {
    let yaml =
      sampleTemplateYAML
      .replacingOccurrences(
        of:
          "    explain: {en: Service `web` is a NodePort Service., ko: 서비스 `web`이 NodePort 타입입니다.}\n",
        with: ""
      )
      .replacingOccurrences(of: "expect: Welcome to nginx}", with: "expects: Welcome to nginx}")
    #expect(
      problems(yaml) == [
        "exam/broken.yaml:17: error: the 'field' check has no 'explain' (what to tell the learner when it fails)",
        "exam/broken.yaml:18: error: unknown key 'expects' in 'reachable' check (expected one of: from, url, expect)",
      ])
  }

  @Test func anUnknownTopicAndAYAMLErrorAreRejected() {
    let badTopic = sampleTemplateYAML.replacingOccurrences(
      of: "topic: expose", with: "topic: storage")
    #expect(
      problems(badTopic).first?.hasPrefix(
        "exam/broken.yaml:1: error: unknown topic 'storage' (topics: expose, manifests") == true)
    let badYAML = sampleTemplateYAML.replacingOccurrences(
      of: "setup:\n", with: "setup:\n  - [\n")
    #expect(problems(badYAML).first?.hasPrefix("exam/broken.yaml:") == true)
    #expect(problems(badYAML).first?.contains("invalid YAML") == true)
  }

  @Test func withoutTopicsTheExamCannotLoad() {
    let catalogue = ExamLoader.load(sources: [("exam/sample.yaml", sampleTemplateYAML)])
    #expect(
      catalogue.diagnostics.first?.description
        == "topics.yaml:0: error: no readable topics.yaml: the exam needs its topics")
  }
}
