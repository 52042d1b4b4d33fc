import ClusterSim
import Testing

@testable import Kubectl

/// Hand-built objects shaped like what `kubectl get -o json` returns.
enum JSONPathFixtures {
  static let web: JSONValue = [
    "apiVersion": "v1", "kind": "Pod",
    "metadata": [
      "name": "web", "namespace": "default",
      "labels": ["tier": "frontend", "app": "web"],
      "annotations": ["example.com/owner": "team-a"],
    ],
    "spec": [
      "containers": [
        [
          "name": "nginx", "image": "nginx:1.27",
          "ports": [["containerPort": 80, "protocol": "TCP"]],
        ]
      ],
      "nodeName": "worker-1",
    ],
    "status": [
      "phase": "Running", "podIP": "10.244.1.5",
      "containerStatuses": [["name": "nginx", "ready": true, "restartCount": 0]],
    ],
  ]

  static let db: JSONValue = [
    "apiVersion": "v1", "kind": "Pod",
    "metadata": ["name": "db", "namespace": "default", "labels": ["app": "db"]],
    "spec": [
      "containers": [
        ["name": "postgres", "image": "postgres:16"],
        ["name": "sidecar", "image": "busybox:1.36"],
      ]
    ],
    "status": [
      "phase": "Pending",
      "containerStatuses": [
        ["name": "postgres", "ready": false, "restartCount": 3],
        ["name": "sidecar", "ready": true, "restartCount": 0],
      ],
    ],
  ]

  static let node: JSONValue = [
    "kind": "Node",
    "metadata": ["name": "worker-1"],
    "status": [
      "addresses": [
        ["type": "InternalIP", "address": "192.168.49.3"],
        ["type": "Hostname", "address": "worker-1"],
      ]
    ],
  ]

  static let service: JSONValue = [
    "kind": "Service",
    "metadata": ["name": "web"],
    "spec": [
      "type": "NodePort", "clusterIP": "10.96.12.34",
      "ports": [
        ["name": "http", "port": 80, "targetPort": 8080, "nodePort": 30080],
        ["name": "metrics", "port": 9090, "targetPort": 9090, "nodePort": 30090],
      ],
    ],
  ]

  static let database: JSONValue = [
    "kind": "Service", "metadata": ["name": "db"], "spec": ["clusterIP": "10.96.0.20"],
  ]

  static let podList = list([web, db])
  static let serviceList = list([database, service])

  /// The wrapper `kubectl get` puts around several objects.
  static func list(_ items: [JSONValue]) -> JSONValue {
    [
      "apiVersion": "v1", "items": .array(items), "kind": "List",
      "metadata": ["resourceVersion": ""],
    ]
  }
}

/// One template applied to one object, with the exact text kubectl prints.
struct JSONPathCase: Sendable, CustomTestStringConvertible {
  let template: String
  let input: JSONValue
  let expected: String
  init(_ template: String, _ input: JSONValue, _ expected: String) {
    self.template = template
    self.input = input
    self.expected = expected
  }
  var testDescription: String { template }
}

/// The error a template raises, parsing first and then executing.
private func failure(
  _ template: String, on input: JSONValue = [:], allowMissingKeys: Bool = true
) -> JSONPathError? {
  do {
    _ = try JSONPath(template).evaluate(input, allowMissingKeys: allowMissingKeys)
    return nil
  } catch {
    return error
  }
}

private typealias F = JSONPathFixtures

@Suite struct JSONPathTests {
  static let outputs: [JSONPathCase] = [
    .init("{.items[*].metadata.name}", F.podList, "web db"),
    .init("{.items[0].status.podIP}", F.podList, "10.244.1.5"),
    .init(
      #"{range .items[*]}{.metadata.name}{"\t"}{.status.podIP}{"\n"}{end}"#, F.podList,
      "web\t10.244.1.5\ndb\t\n"),
    .init("{.spec.ports[0].nodePort}", F.service, "30080"),
    .init(#"{.items[?(@.metadata.name=="web")].spec.clusterIP}"#, F.serviceList, "10.96.12.34"),
    .init(#"{.status.addresses[?(@.type=="InternalIP")].address}"#, F.node, "192.168.49.3"),
    .init("{.metadata.labels}", F.web, #"{"app":"web","tier":"frontend"}"#),
    .init("{..image}", F.podList, "nginx:1.27 postgres:16 busybox:1.36"),
    .init("{.items[-1:].metadata.name}", F.podList, "db"),
    .init("{$.kind}", F.podList, "List"),
    .init("{.items[0].metadata.missing}", F.podList, ""),
    .init("before-{.nope}-after", F.web, "before--after"),
    .init("name: {.metadata.name}, phase: {.status.phase}", F.web, "name: web, phase: Running"),
    .init("{.items[*].metadata.name}{.kind}", F.podList, "web dbList"),
    .init("{.items[-1].spec.containers[*].name}", F.podList, "postgres sidecar"),
    .init("{.items[0:1].metadata.name}", F.podList, "web"),
    .init("{.spec.containers[0:2:2].name}", F.db, "postgres"),
    .init("{.spec.ports[0,1].port}", F.service, "80 9090"),
    .init("{.spec.ports[*]['name','port']}", F.service, "http metrics 80 9090"),
    .init("{.items[0]['metadata.name']}", F.podList, "web"),
    .init(#"{.metadata.annotations.example\.com/owner}"#, F.web, "team-a"),
    .init("{.metadata.labels.*}", F.web, "web frontend"),
    .init("{.spec.ports[?(@.port==80)].nodePort}", F.service, "30080"),
    .init(#"{.spec.ports[?(@.name!="http")].port}"#, F.service, "9090"),
    .init("{.spec.ports[?(@.port<100)].name}", F.service, "http"),
    .init("{.spec.ports[?(@.port>=1000)].name}", F.service, "metrics"),
    .init("{.spec.ports[?(@.port > 80)].name}", F.service, "metrics"),
    .init("{.spec.ports[?(@.port<=80)].name}", F.service, "http"),
    .init("{.items[?(@.status.podIP)].metadata.name}", F.podList, "web"),
    .init(
      "{.items[*].status.containerStatuses[?(@.ready==false)].name}", F.podList, "postgres"),
    .init(
      "{.items[*].metadata.labels}", F.podList, #"{"app":"web","tier":"frontend"} {"app":"db"}"#),
    .init(
      "{range .items[*]}{.metadata.name}:{range .spec.containers[*]} {.name}{end}{\"\\n\"}{end}",
      F.podList, "web: nginx\ndb: postgres sidecar\n"),
    .init("{range .items[*]}{.metadata.name}{end} done", F.list([]), " done"),
    .init("{range .items[*]}[{.metadata.name}]", F.podList, "[web][db][]"),
    .init(
      "{.a} {.b} {.c} {.d} {.e}", ["a": 1, "b": 2.5, "c": true, "d": nil, "e": 1e6],
      "1 2.5 true <nil> 1e+06"),
    .init(
      "{@}", ["html": "<b>&</b>", "n": 1e6, "z": nil],
      #"{"html":"\u003cb\u003e\u0026\u003c/b\u003e","n":1000000,"z":null}"#),
    .init("{.spec.containers[0].ports}", F.web, #"[{"containerPort":80,"protocol":"TCP"}]"#),
    .init(#"{"{"}{.kind}{'}'}"#, F.node, "{Node}"),
    .init("{..}", [1, 2, 3], "[1,2,3]"),
    .init("{.items[5:5].metadata.name}", F.podList, ""),
    .init("{.items[*].metadata.name}", F.list([]), ""),
  ]

  @Test(arguments: outputs)
  func printsWhatKubectlPrints(_ example: JSONPathCase) throws {
    let path = try JSONPath(example.template)
    #expect(try path.evaluate(example.input) == example.expected)
  }

  static let parseErrors: [(template: String, reason: String)] = [
    ("{.items[*}", "unterminated array"),
    ("{.metadata.name", "unclosed action"),
    ("{.metadata\n}", "unclosed action"),
    ("{.items[0]!}", "unrecognized character in action: U+0021 '!'"),
    ("{.metadata\t}", "unrecognized character in action: U+0009"),
    ("{.items[abc]}", "invalid array index abc"),
    (#"{.metadata["a.b"]}"#, #"invalid array index "a.b""#),
    ("{.items[-]}", "array index - is not a number"),
    ("{....name}", "invalid multiple recursive descent"),
    (#"{.items[?(@.a=="x"}"#, "unterminated filter"),
    ("{.items[?(@.a)x]}", "unclosed array expect ]"),
    (#"{"abc}"#, "unterminated quoted string"),
    (#"{"\q"}"#, #"unquote string "\q" error invalid syntax"#),
    ("{1.2.3}", "cannot parse number 1.2.3"),
  ]

  @Test(arguments: parseErrors)
  func refusesMalformedTemplates(_ template: String, reason: String) {
    let error = failure(template)
    #expect(error?.stage == .parsing)
    #expect(error?.reason == reason)
    #expect(error?.message == "error parsing jsonpath \(template), \(reason)")
  }

  static let executionErrors: [(template: String, input: JSONValue, reason: String)] = [
    ("{.items[5].metadata.name}", F.podList, "array index out of bounds: index 5, length 2"),
    ("{.items[-3]}", F.podList, "array index out of bounds: index -1, length 2"),
    ("{.items[0:3]}", F.podList, "array index out of bounds: index 2, length 2"),
    ("{.spec.ports[1:0]}", F.service, "starting index 1 is greater than ending index 0"),
    ("{.spec.ports[0:2:0]}", F.service, "step must be > 0"),
    ("{hello}", F.web, "unrecognized identifier hello"),
    ("{end}", F.web, "not in range, nothing to end"),
    ("{range .items[*]}{end}{end}", F.podList, "not in range, nothing to end"),
    ("{.metadata[0]}", F.web, "map[string]interface {} is not array or slice"),
    ("{.kind[0]}", F.web, "string is not array or slice"),
    (
      "{.metadata.labels[?(@.x)]}", F.web,
      "map[app:web tier:frontend] is not array or slice and cannot be filtered"
    ),
    (
      #"{.items[?(@.spec.containers[*].name=="x")]}"#, F.podList,
      "can only compare one element at a time"
    ),
    (#"{.spec.ports[?(@.port=="80")].name}"#, F.service, "incompatible types for comparison"),
    ("{.items[?(@.x<>1)]}", ["items": [["x": 1]]], "unrecognized filter operator <>"),
    ("{.items[?(@.x<true)]}", ["items": [["x": false]]], "invalid type for comparison"),
  ]

  @Test(arguments: executionErrors)
  func reportsExecutionErrors(_ template: String, input: JSONValue, reason: String) {
    let error = failure(template, on: input)
    #expect(error?.stage == .execution)
    #expect(error?.reason == reason)
  }

  @Test func wrapsExecutionErrorsWithTheObjectAsKubectlDoes() {
    let error = failure("{.items[3]}", on: ["items": [["a": 1, "b": "x"]], "ok": true])
    let expected = """
      error executing jsonpath "{.items[3]}": Error executing template: array index out of \
      bounds: index 3, length 1. Printing more information for debugging the template:
      \ttemplate was:
      \t\t{.items[3]}
      \tobject given to jsonpath engine was:
      \t\tmap[string]interface {}{"items":[]interface {}{map[string]interface {}{"a":1, \
      "b":"x"}}, "ok":true}



      """
    #expect(error?.message == expected)
    #expect(error?.printed == "error: " + expected)
  }

  @Test func missingKeysFailWhenNotAllowed() {
    #expect(
      failure("{.metadata.nope}", on: F.web, allowMissingKeys: false)?.reason
        == "nope is not found")
    let filter = #"{.items[?(@.metadata.annotations.x=="y")].metadata.name}"#
    #expect(failure(filter, on: F.podList, allowMissingKeys: false)?.reason == "x is not found")
    #expect(failure(filter, on: F.podList) == nil)
  }

  @Test func parseErrorPrintsOnOneLine() {
    #expect(failure("{.a")?.printed == "error: error parsing jsonpath {.a, unclosed action\n")
  }

  @Test func valuesKeepRawResultsPerNode() throws {
    let path = try JSONPath("n={.metadata.name} ports={.spec.ports[*].port}")
    #expect(
      try path.values(in: F.service) == [["n="], ["web"], [" ports="], [80, 9090]])
    #expect(path.firstValue(in: F.service) == "web")
    #expect(try JSONPath("{.status.phase}").firstValue(in: F.web) == "Running")
    #expect(try JSONPath("{.status.nope}").firstValue(in: F.web) == nil)
    let ranged = try JSONPath("{range .items[*]}x{.status.podIP}{end}")
    #expect(ranged.firstValue(in: F.podList) == "10.244.1.5")
  }

  @Test(arguments: [
    ("metadata.name", "{.metadata.name}"), (".metadata.name", "{.metadata.name}"),
    ("{metadata.name}", "{.metadata.name}"), ("{.metadata.name}", "{.metadata.name}"),
    ("", ""), (".", "{..}"), ("$.kind", "{.$.kind}"),
  ])
  func relaxesCustomColumnSpecs(_ spec: String, relaxed: String) throws {
    #expect(try JSONPath.relaxed(spec) == relaxed)
  }

  @Test(arguments: ["{.a{b}}", "{}", "{a", "a}"])
  func refusesBracesInsideRelaxedSpecs(_ spec: String) {
    #expect(throws: JSONPathError.self) { try JSONPath.relaxed(spec) }
  }

  @Test(arguments: [
    (2.5, "2.5", "2.5"), (1e6, "1e+06", "1000000"), (123456.0, "123456", "123456"),
    (1234567.0, "1.234567e+06", "1234567"), (0.0001, "0.0001", "0.0001"),
    (0.00001, "1e-05", "0.00001"), (1e-7, "1e-07", "1e-7"), (1e21, "1e+21", "1e+21"),
    (1e20, "1e+20", "100000000000000000000"), (-0.5, "-0.5", "-0.5"), (0.0, "0", "0"),
  ])
  func formatsFloatsAsGo(_ number: Double, printed: String, json: String) {
    #expect(JSONPath.GoFormat.float(number, style: .print) == printed)
    #expect(JSONPath.GoFormat.float(number, style: .json) == json)
  }

  @Test func quotesStringsAsGo() {
    #expect(JSONPath.GoFormat.quoted("a\"b\\c\n\t\u{1}é") == #""a\"b\\c\n\t\x01é""#)
    #expect(JSONPath.GoFormat.jsonString("a\"\n\u{1}<") == #""a\"\n\u0001\u003c""#)
    #expect(
      JSONPath.GoFormat.goSyntax([nil, 1.5, false])
        == "[]interface {}{interface {}(nil), 1.5, false}")
  }
}
