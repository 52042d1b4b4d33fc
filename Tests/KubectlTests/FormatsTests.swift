import ClusterSim
import Testing

@testable import Kubectl

// The expected texts below were printed by kubectl v1.32 (`--dry-run=client -o yaml|json`,
// or `kubectl label --local -f FILE -o yaml|json` for arbitrary objects).

private func yaml(_ value: JSONValue) -> String { YAMLEmitter().rendered(value) }
private func json(_ value: JSONValue) -> String { JSONEmitter().rendered(value) }
private func compact(_ value: JSONValue) -> String { JSONEmitter(style: .compact).rendered(value) }

/// The single document of `text`, or a failed expectation.
private func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> JSONValue
{
  do {
    let documents = try ManifestParser().documents(in: text)
    #expect(documents.count == 1, sourceLocation: sourceLocation)
    return documents.first?.value ?? .null
  } catch {
    Issue.record("unexpected error: \(error.message)", sourceLocation: sourceLocation)
    return .null
  }
}

/// The message of the error `text` fails with, or nil.
private func parseError(_ text: String, strict: Bool = false) -> String? {
  ManifestParser(rejectsDuplicateKeys: strict).parse(text).error?.message
}

/// The text formats of kubectl's object I/O.
@Suite enum FormatsTests {}

extension FormatsTests {
  @Suite struct YAMLEmitterTests {
    @Test func deploymentMatchesKubectlDryRun() {
      let deployment: JSONValue = [
        "kind": "Deployment", "apiVersion": "apps/v1",
        "metadata": ["name": "web", "creationTimestamp": nil, "labels": ["app": "web"]],
        "spec": [
          "replicas": 3, "selector": ["matchLabels": ["app": "web"]],
          "template": [
            "metadata": ["creationTimestamp": nil, "labels": ["app": "web"]],
            "spec": [
              "containers": [
                [
                  "name": "nginx", "image": "nginx:1.27", "ports": [["containerPort": 80]],
                  "resources": .emptyObject,
                ]
              ]
            ],
          ],
          "strategy": .emptyObject,
        ],
        "status": .emptyObject,
      ]
      #expect(
        yaml(deployment) == """
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            creationTimestamp: null
            labels:
              app: web
            name: web
          spec:
            replicas: 3
            selector:
              matchLabels:
                app: web
            strategy: {}
            template:
              metadata:
                creationTimestamp: null
                labels:
                  app: web
              spec:
                containers:
                - image: nginx:1.27
                  name: nginx
                  ports:
                  - containerPort: 80
                  resources: {}
          status: {}

          """)
    }

    @Test func serviceAndJobMatchKubectlDryRun() {
      let service: JSONValue = [
        "kind": "Service", "apiVersion": "v1",
        "metadata": ["name": "web", "creationTimestamp": nil, "labels": ["app": "web"]],
        "spec": [
          "ports": [["name": "80-8080", "protocol": "TCP", "port": 80, "targetPort": 8080]],
          "selector": ["app": "web"], "type": "ClusterIP",
        ],
        "status": ["loadBalancer": .emptyObject],
      ]
      #expect(
        yaml(service) == """
          apiVersion: v1
          kind: Service
          metadata:
            creationTimestamp: null
            labels:
              app: web
            name: web
          spec:
            ports:
            - name: 80-8080
              port: 80
              protocol: TCP
              targetPort: 8080
            selector:
              app: web
            type: ClusterIP
          status:
            loadBalancer: {}

          """)
      let job: JSONValue = [
        "kind": "Job", "apiVersion": "batch/v1",
        "metadata": ["name": "hello", "creationTimestamp": nil],
        "spec": [
          "template": [
            "metadata": ["creationTimestamp": nil],
            "spec": [
              "containers": [
                [
                  "name": "hello", "image": "busybox", "command": ["echo", "hi there"],
                  "resources": .emptyObject,
                ]
              ],
              "restartPolicy": "Never",
            ],
          ]
        ],
        "status": .emptyObject,
      ]
      #expect(
        yaml(job) == """
          apiVersion: batch/v1
          kind: Job
          metadata:
            creationTimestamp: null
            name: hello
          spec:
            template:
              metadata:
                creationTimestamp: null
              spec:
                containers:
                - command:
                  - echo
                  - hi there
                  image: busybox
                  name: hello
                  resources: {}
                restartPolicy: Never
          status: {}

          """)
    }

    @Test func configMapQuotesFoldsAndUsesLiteralBlocks() {
      let configMap: JSONValue = [
        "kind": "ConfigMap", "apiVersion": "v1",
        "metadata": ["name": "web-config", "creationTimestamp": nil],
        "data": [
          "nginx.conf":
            "server {\n  listen 80;\n  location / {\n    root /usr/share/nginx/html;\n  }\n}\n",
          "trailing.txt": "line with trailing space \nnext\n",
          "tab.txt": "\tindented with tab\n",
          "hello.sh": "#!/bin/sh\necho \"안녕하세요\"\n",
          "motd": .string(
            "Welcome to the cluster: please read the runbook before changing anything in"
              + " production namespaces"),
          "greeting": "안녕하세요", "port": "8080", "debug": "yes", "empty": "",
          "path": "/var/log/app", "ratio": "0.75", "when": "2026-11-26T14:07:07Z",
          "note": "- starts with dash",
        ],
      ]
      #expect(
        yaml(configMap) == """
          apiVersion: v1
          data:
            debug: "yes"
            empty: ""
            greeting: 안녕하세요
            hello.sh: |
              #!/bin/sh
              echo "안녕하세요"
            motd: 'Welcome to the cluster: please read the runbook before changing anything
              in production namespaces'
            nginx.conf: |
              server {
                listen 80;
                location / {
                  root /usr/share/nginx/html;
                }
              }
            note: '- starts with dash'
            path: /var/log/app
            port: "8080"
            ratio: "0.75"
            tab.txt: "\\tindented with tab\\n"
            trailing.txt: "line with trailing space \\nnext\\n"
            when: "2026-11-26T14:07:07Z"
          kind: ConfigMap
          metadata:
            creationTimestamp: null
            name: web-config

          """)
    }

    /// Each string as the value of `k`, and the text kubectl prints after `k: `.
    @Test(arguments: [
      ("80", "\"80\""), ("true", "\"true\""), ("yes", "\"yes\""), ("on", "\"on\""),
      ("null", "\"null\""), ("1.5", "\"1.5\""), ("", "\"\""), ("y", "\"y\""), ("n", "\"n\""),
      ("NO", "\"NO\""), ("Off", "\"Off\""), ("~", "\"~\""), ("-", "'-'"), ("- a", "'- a'"),
      ("-a", "-a"), ("a: b", "'a: b'"), ("a:b", "a:b"), ("a #b", "'a #b'"), ("a#b", "a#b"),
      ("#a", "'#a'"), ("*a", "'*a'"), ("&a", "'&a'"), ("!a", "'!a'"), ("%a", "'%a'"),
      ("@a", "'@a'"), ("`a", "'`a'"), ("{a", "'{a'"), ("[a", "'[a'"), ("'a", "'''a'"),
      ("\"a", "'\"a'"), ("a'b", "a'b"), ("a\"b", "a\"b"), (" a", "' a'"), ("a ", "'a '"),
      ("a\tb", "\"a\\tb\""), ("1:20", "\"1:20\""), ("0x1F", "\"0x1F\""), ("0o17", "\"0o17\""),
      ("0755", "\"0755\""), ("1_000", "\"1_000\""), (".inf", "\".inf\""), (".5", "\".5\""),
      ("1e3", "\"1e3\""), ("1e", "1e"), ("+1", "\"+1\""), ("08", "\"08\""), ("0b101", "\"0b101\""),
      ("2026-11-26", "\"2026-11-26\""), ("2026-1-2", "\"2026-1-2\""), ("?a", "?a"),
      ("? a", "'? a'"), (":a", ":a"), ("a:", "'a:'"), ("a,b", "a,b"), ("|a", "'|a'"),
      (">a", "'>a'"), ("한국어 값", "한국어 값"), ("😀", "\"\\U0001F600\""), ("café", "café"),
      ("a\u{2028}b", "'a\u{2028}  b'"), ("a \nb", "\"a \\nb\""), ("\u{1}", "\"\\x01\""),
      ("a\\b", "a\\b"), ("---", "'---'"), ("...", "'...'"), ("<<", "<<"), ("nULL", "nULL"),
      ("TRUE", "\"TRUE\""), ("1.", "\"1.\""), ("-.inf", "\"-.inf\""), ("-0", "\"-0\""),
      ("_1", "_1"), ("1_", "\"1_\""), ("190:20:30", "\"190:20:30\""),
      ("\u{FEFF}a", "\"\\uFEFF\\x61\""),
      ("2001-12-14 21:59:43.10", "\"2001-12-14 21:59:43.10\""),
    ])
    func quotesStringsAsGoYAMLDoes(value: String, printed: String) {
      #expect(yaml(["k": .string(value)]) == "k: \(printed)\n")
    }

    @Test func writesMultiLineStringsAsLiteralBlocksWithChompingAndIndentHints() {
      #expect(yaml(["k": "a\nb"]) == "k: |-\n  a\n  b\n")
      #expect(yaml(["k": "a\n"]) == "k: |\n  a\n")
      #expect(yaml(["k": "a\n\n"]) == "k: |+\n  a\n\n")
      #expect(yaml(["k": "\na"]) == "k: |2-\n\n  a\n")
      #expect(yaml(["k": " a\nb"]) == "k: |2-\n   a\n  b\n")
      #expect(yaml(["k": "a\n b"]) == "k: |-\n  a\n   b\n")
      #expect(yaml(["zzz": "\n"]) == "zzz: |2+\n\n")
      #expect(
        yaml(["k": [["x": "l1\nl2\n", "y": "x"]]]) == "k:\n- x: |\n    l1\n    l2\n  \"y\": x\n")
    }

    @Test func foldsLongScalarsAfterColumnEighty() {
      let sentence =
        "The quick brown fox jumps over the lazy dog and keeps running far away from the hunter"
        + " who chases it through the dark forest until dawn breaks."
      let fox =
        "The quick brown fox jumps over the lazy dog and keeps running far away from the hunter"
      #expect(
        yaml(["k00": .string(sentence)]) == """
          k00: The quick brown fox jumps over the lazy dog and keeps running far away from the
            hunter who chases it through the dark forest until dawn breaks.

          """)
      #expect(
        yaml(["a": ["b": ["c": ["d": .string(fox)]]]]) == """
          a:
            b:
              c:
                d: The quick brown fox jumps over the lazy dog and keeps running far away from
                  the hunter

          """)
      #expect(
        yaml(["k": .string(String(repeating: "word ", count: 20))]) == """
          k: 'word word word word word word word word word word word word word word word word
            word word word word '

          """)
      #expect(
        yaml(["k": .string(String(repeating: "ab ", count: 30) + "\t")]) == """
          k: "ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab
            ab ab ab ab \\t"

          """)
      #expect(
        yaml(["k": .string(String(repeating: "한국어 ", count: 30))]) == """
          k: '한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어
            한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 한국어 '

          """)
      let unbroken = String(repeating: "x", count: 100)
      #expect(yaml(["k": .string(unbroken)]) == "k: \(unbroken)\n")
      #expect(
        yaml(["k": .string("a" + String(repeating: " ", count: 90) + "b  c")])
          == "k: a" + String(repeating: " ", count: 90) + "b  c\n")
    }

    @Test func writesKeysLongerThan128BytesOrMultiLineAsComplexKeys() {
      let long = String(repeating: "k", count: 129)
      let limit = String(repeating: "k", count: 128)
      #expect(
        yaml(.object([(long, .string("v")), (limit, .string("v")), ("multi\nline", .int(21))]))
          == """
          \(limit): v
          ? \(long)
          : v
          ? |-
            multi
            line
          : 21

          """)
    }

    @Test func sortsKeysInGoYAMLNaturalOrder() {
      let keys = [
        "a10", "a9", "a_b", "aB", "a-b", "Ab", "ab", "a0", "a00", "a01", "a1", "b", "é", "z1a",
        "z01a", "z1", "", "yes", "80", "a: b", "-", "1.5", "a.b", "a/b", "a~b", "A", "_", "a 1",
        "x2y", "x02y", "x002y", "ñ", "한", "9", "10", "09",
      ]
      var object: [(String, JSONValue?)] = []
      for key in keys { object.append((key, 1)) }
      let printed = yaml(.object(object)).split(separator: "\n").map {
        String($0[..<$0.lastIndex(of: ":")!])
      }
      #expect(
        printed == [
          "\"\"", "'-'", "_", "\"1.5\"", "\"9\"", "\"09\"", "\"10\"", "\"80\"", "A", "Ab", "a 1",
          "a-b", "a.b", "a/b", "'a: b'", "a_b", "a~b", "a0", "a00", "a1", "a01", "a9", "a10",
          "aB", "ab", "b", "x2y", "x02y", "x002y", "\"yes\"", "z1", "z1a",
          "z01a", "é", "ñ", "한",
        ])
    }

    @Test func writesNumbersAsKubectlsJSONToYAMLRoundTripDoes() {
      let numbers: JSONValue = [
        0, -0.0, 1.0, 1.5, 1e21, 1e20, 123456789.125, 1e-6, 1e-7, -2.5e-10, 0.1, 3e10,
        9_007_199_254_740_993, 1.2345678901234567e19, 1.7976931348623157e308,
        .double(.leastNonzeroMagnitude), 100.0,
        0.000001234, 9223372036854775808.0, .int(.min),
      ]
      #expect(
        yaml(["nums": numbers]) == """
          nums:
          - 0
          - 0
          - 1
          - 1.5
          - 1e+21
          - 1e+20
          - 1.23456789125e+08
          - 1e-06
          - 1e-07
          - -2.5e-10
          - 0.1
          - 30000000000
          - 9007199254740993
          - 12345678901234567000
          - 1.7976931348623157e+308
          - 5e-324
          - 100
          - 1.234e-06
          - 9223372036854776000
          - -9223372036854775808

          """)
    }

    @Test func writesEmptyCollectionsNullsAndNestedSequences() {
      let value: JSONValue = [
        "list": [
          [1, [2, 3]], [], .emptyObject, [.emptyObject], ["a": [], "b": .emptyObject],
          [["x": 1, "y": [1, 2]]], nil, true, false, [["a"]], ["k": [["m": ["n": [1]]]]],
        ],
        "empty": .emptyObject, "none": nil,
      ]
      #expect(
        yaml(value) == """
          empty: {}
          list:
          - - 1
            - - 2
              - 3
          - []
          - {}
          - - {}
          - a: []
            b: {}
          - - x: 1
              "y":
              - 1
              - 2
          - null
          - true
          - false
          - - - a
          - k:
            - m:
                "n":
                - 1
          none: null

          """)
      #expect(yaml(.emptyObject) == "{}\n")
      #expect(yaml([]) == "[]\n")
    }
  }

}

extension FormatsTests {
  @Suite struct JSONEmitterTests {
    static let deploymentJSON = """
      {
          "kind": "Deployment",
          "apiVersion": "apps/v1",
          "metadata": {
              "name": "web",
              "creationTimestamp": null,
              "labels": {
                  "app": "web"
              }
          },
          "spec": {
              "replicas": 3,
              "selector": {
                  "matchLabels": {
                      "app": "web"
                  }
              },
              "template": {
                  "metadata": {
                      "creationTimestamp": null,
                      "labels": {
                          "app": "web"
                      }
                  },
                  "spec": {
                      "containers": [
                          {
                              "name": "nginx",
                              "image": "nginx:1.27",
                              "ports": [
                                  {
                                      "containerPort": 80
                                  }
                              ],
                              "resources": {}
                          }
                      ]
                  }
              },
              "strategy": {}
          },
          "status": {}
      }
      """

    @Test func keepsKeyOrderAndIndentsAsKubectlDryRunPrints() {
      let value = parsed(Self.deploymentJSON)
      #expect(json(value) == Self.deploymentJSON)
      #expect(value["spec"]?["replicas"] == 3)
    }

    @Test func escapesAsGoEncodingJSONDoes() {
      let value: JSONValue = [
        "html": "<b>&</b>", "ctl": "\u{1}\u{8}\u{C}\n\r\t\u{1F}\u{7F}",
        "uni": "한국어 café 😀 \u{2028}\u{2029} é", "q": "\"quoted\" back\\slash /slash",
      ]
      #expect(
        json(value) == """
          {
              "html": "\\u003cb\\u003e\\u0026\\u003c/b\\u003e",
              "ctl": "\\u0001\\b\\f\\n\\r\\t\\u001f\u{7F}",
              "uni": "한국어 café 😀 \\u2028\\u2029 é",
              "q": "\\"quoted\\" back\\\\slash /slash"
          }
          """)
    }

    @Test func formatsFloatsAsGo() {
      let numbers: JSONValue = [
        0, -0.0, 1.0, 1.5, 1e21, 1e20, 123456789.125, 1e-6, 1e-7, -2.5e-10, 3e10,
        1.2345678901234567e19, 1.7976931348623157e308, .double(.leastNonzeroMagnitude), 0.000001234,
      ]
      #expect(
        compact(numbers) == "[0,-0,1,1.5,1e+21,100000000000000000000,123456789.125,0.000001,"
          + "1e-7,-2.5e-10,30000000000,12345678901234567000,1.7976931348623157e+308,5e-324,"
          + "0.000001234]")
    }

    @Test func writesCompactFormAndEmptyContainers() {
      let value: JSONValue = ["a": [1, "x", nil, true], "b": .emptyObject, "c": [], "d": [[]]]
      #expect(compact(value) == "{\"a\":[1,\"x\",null,true],\"b\":{},\"c\":[],\"d\":[[]]}")
      #expect(
        json(value) == """
          {
              "a": [
                  1,
                  "x",
                  null,
                  true
              ],
              "b": {},
              "c": [],
              "d": [
                  []
              ]
          }
          """)
    }
  }

}

extension FormatsTests {
  @Suite struct ManifestParserTests {
    @Test func readsDocumentsWithTheLinesTheyStartOn() throws {
      let text = """
        ---
        # the web tier
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        ---
        # nothing here
        ---

        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        --- # trailing comment
        null
        ---
        kind: ConfigMap
        """
      let documents = try ManifestParser().documents(in: text)
      #expect(documents.map(\.line) == [3, 11, 18])
      #expect(documents.map { $0.value["kind"] } == ["Service", "Deployment", "ConfigMap"])
    }

    @Test func readsAStreamOfJSONObjects() throws {
      let text =
        "\n{\"kind\": \"Pod\", \"n\": 1.0, \"big\": 12345678901234567890}\n\n"
        + "  {\"kind\":\n\"Service\"}"
      let documents = try ManifestParser().documents(in: text)
      #expect(documents.map(\.line) == [2, 4])
      #expect(documents[0].value["n"] == .double(1))
      #expect(documents[0].value["big"] == .double(1.2345678901234567e19))
      #expect(documents[1].value["kind"] == "Service")
    }

    @Test func flattensListsGivingTypedItemsTheirKind() throws {
      let list = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Pod
          metadata: {name: a}
        - kind: Service
          metadata: {name: b}
        """
      let documents = try ManifestParser().documents(in: list)
      #expect(documents.map(\.line) == [4, 7])
      #expect(documents.map { $0.value["kind"] } == ["Pod", "Service"])
      let typed = try ManifestParser().documents(
        in: "apiVersion: v1\nkind: ConfigMapList\nitems:\n- metadata: {name: a}\n")
      #expect(
        typed.first?.value.sortedKeys()
          == ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "a"]])
      #expect(try ManifestParser().documents(in: "kind: PodList\nitems: []\n").isEmpty)
      let jsonList =
        "{\"kind\": \"List\", \"items\": [\n{\"kind\": \"Pod\"},\n {\"kind\": \"Secret\"}]}"
      #expect(try ManifestParser().documents(in: jsonList).map(\.line) == [2, 3])
    }

    @Test func typesPlainScalarsWithYAML11Rules() {
      let value = parsed(
        """
        flags: [yes, No, on, OFF, y, n, True, yEs, oN]
        nulls: [~, null, Null, NULL, nULL, ""]
        ints: [0x1F, 0o17, 0755, 0b101, +12, 1_000, 08, -0b11, 9223372036854775808]
        floats: [1.0, .5, 1e3, 1.5e300, 1e400]
        strings: ['80', "true", !!str 80, 1:20, 2026-11-26T14:07:07Z, 2026-11-26, 2026-02-30]
        tagged: [!!int '12', !!float 1, !!bool yes, !!binary aGVsbG8=]
        """)
      #expect(value["flags"] == [true, false, true, false, true, false, true, "yEs", "oN"])
      #expect(value["nulls"] == [nil, nil, nil, nil, "nULL", ""])
      #expect(value["ints"] == [31, 15, 493, 5, 12, 1000, 8, -3, .double(9223372036854775808.0)])
      #expect(value["floats"] == [1, 0.5, 1000, 1.5e300, "1e400"])
      #expect(
        value["strings"] == [
          "80", "true", "80", "1:20", "2026-11-26T14:07:07Z",
          "2026-11-26", "2026-02-30",
        ])
      #expect(value["tagged"] == [12, 1, true, "hello"])
    }

    @Test func readsANumericLabelValueAsAnInteger() {
      let value = parsed("metadata:\n  labels:\n    tier: 1\n    name: \"1\"\n    on: yes\n")
      #expect(value["metadata"]?["labels"]?["tier"] == .int(1))
      #expect(value["metadata"]?["labels"]?["name"] == "1")
      #expect(value["metadata"]?["labels"]?["true"] == true)
    }

    @Test func turnsMapKeysIntoStrings() {
      let value = parsed("1.5: a\n2: b\ntrue: c\n0x10: d\n1e10: e\n")
      #expect(value == ["1.5": "a", "2": "b", "true": "c", "16": "d", "1e+10": "e"])
      #expect(
        parseError("~: 1\n") == "error converting YAML to JSON: unsupported map key of "
          + "type: %!s(<nil>), key: <nil>, value: 1")
      #expect(
        parseError("? [1, 2]\n: a\n") == "error converting YAML to JSON: yaml: invalid "
          + "map key: []interface {}{1, 2}")
    }

    @Test func followsAnchorsAliasesAndMergeKeys() {
      let value = parsed(
        """
        base: &b {x: 1, z: 2}
        other: &o {x: 2, w: 2}
        list: &l [1, 2]
        copy: *l
        d:
          <<: *b
          z: 3
        e:
          <<: [*b, *o]
        """)
      #expect(value["copy"] == [1, 2])
      #expect(value["d"] == ["x": 1, "z": 3])
      #expect(value["e"]?.sortedKeys() == ["w": 2, "x": 1, "z": 2])
      #expect(
        parseError("a: *x\n") == "error converting YAML to JSON: yaml: unknown anchor "
          + "'x' referenced")
      #expect(
        parseError("a: &x\n  b: *x\n") == "error converting YAML to JSON: yaml: anchor "
          + "'x' value contains itself")
      #expect(
        parseError("d:\n  <<: 1\n") == "error converting YAML to JSON: yaml: map merge "
          + "requires map or sequence of maps as the value")
    }

    /// Ten lists of ten aliases to the level below: 10^levels strings once expanded.
    static func aliasBomb(levels: Int) -> String {
      var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
      for level in 1..<levels {
        let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
        text += "a\(level): &a\(level) [\(aliases)]\n"
      }
      return text
    }

    @Test func refusesABillionLaughs() {
      // kubectl reads three levels (1,110 strings) and refuses five (111,110) or more.
      #expect(
        parsed(Self.aliasBomb(levels: 3))["a2"]?[9]?[9] == [
          "x", "x", "x", "x", "x", "x",
          "x", "x", "x", "x",
        ])
      for levels in [5, 10] {
        #expect(
          parseError(Self.aliasBomb(levels: levels))
            == "error converting YAML to JSON: yaml: document contains excessive aliasing")
      }
      // An alias as a key: go-yaml expands it before refusing the key; Yams would hash it.
      let asKey =
        "a0: &a0 [x, x]\n"
        + (1...30).map { "a\($0): &a\($0) [*a\($0 - 1), *a\($0 - 1)]" }
        .joined(separator: "\n") + "\n? *a30\n: x\n"
      #expect(parseError(asKey)?.hasSuffix("yaml: document contains excessive aliasing") == true)
      #expect(
        parseError("a: &a [1]\n? *a\n: x\n")
          == "error converting YAML to JSON: yaml: invalid map key: []interface {}{1}")
    }

    @Test func keepsTheLastOfRepeatedKeysUnlessStrict() {
      let text = "metadata:\n  name: web\n  labels: {a: 1, a: 2}\n  name: api\n'metadata': {x: 1}\n"
      #expect(parsed(text) == ["metadata": ["x": 1]])
      #expect(
        parseError(text, strict: true) == """
          error converting YAML to JSON: yaml: unmarshal errors:
            line 3: key "a" already set in map
            line 4: key "name" already set in map
            line 5: key "metadata" already set in map
          """)
      #expect(
        parseError("a: 1\nb: 2\na: 3\na: 4\n", strict: true)?.hasSuffix(
          """
          line 3: key "a" already set in map
            line 4: key "a" already set in map
          """) == true)
    }

    /// Inputs and the error kubectl prints for them after `error parsing STDIN: `.
    @Test(arguments: [
      ("a: b: c\n", "yaml: mapping values are not allowed in this context"),
      (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b: c\n",
        "yaml: line 6: mapping values are not allowed in this context"
      ),
      (
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels\n    app: web\n",
        "yaml: line 6: could not find expected ':'"
      ),
      (
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n  - name: a\n"
          + "    image: b\n   ports: []\n", "yaml: line 8: did not find expected key"
      ),
      (
        "apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n",
        "yaml: line 4: found character that cannot start any token"
      ),
      (
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"x\n",
        "yaml: line 5: found unexpected end of stream"
      ),
      (
        "apiVersion: v1\nkind: Pod\nmetadata: {name: x\n",
        "yaml: line 3: did not find expected ',' or '}'"
      ),
      ("a:\n  - b\n  c: d\n", "yaml: line 2: did not find expected '-' indicator"),
      ("%YAML 1.1\n---\na: 1\n", "yaml: line 1: did not find expected <document start>"),
      ("a: !!int abc\n", "yaml: cannot decode !!str `abc` as a !!int"),
      ("a: \"\u{1}\"\n", "yaml: control characters are not allowed"),
      ("a: .inf\n", "json: unsupported value: +Inf"),
    ])
    func reportsYAMLErrorsAsKubectlDoes(input: String, message: String) {
      #expect(parseError(input) == "error converting YAML to JSON: " + message)
    }

    @Test func numbersErrorLinesWithinTheDocument() {
      let outcome = ManifestParser().parse("kind: Pod\n---\n\n\nb: 2: 3\n")
      #expect(outcome.documents.map(\.value) == [["kind": "Pod"]])
      #expect(
        outcome.error
          == ManifestParser.ParseError(
            message: "error converting YAML to JSON: yaml: line 3: mapping values are not allowed "
              + "in this context", line: 5))
      let separated = ManifestParser().parse("kind: A\n---\nkind: B\n---x\nkind: C\n")
      #expect(separated.documents.map(\.value) == [["kind": "A"]])
      #expect(separated.error?.message == "invalid Yaml document separator: x")
      #expect(separated.error?.line == 4)
      #expect(parseError("a: 1\n----\n") == "invalid Yaml document separator: -")
    }

    /// JSON inputs and the error kubectl prints for them after `error parsing STDIN: `.
    @Test(arguments: [
      ("{\"apiVersion\": \"v1\", \"kind\": \n", "unexpected EOF"),
      (
        "{\"a\": 1,, }\n",
        "json: offset 9: invalid character ',' looking for beginning of object key string"
      ),
      ("{\"a\": tru}\n", "json: offset 10: invalid character '}' in literal true (expecting 'e')"),
      ("{\"a\": 01}\n", "json: offset 8: invalid character '1' after object key:value pair"),
      ("{\"a\" 1}\n", "json: offset 6: invalid character '1' after object key"),
      ("{\"a\": [1 2]}\n", "json: offset 10: invalid character '2' after array element"),
      ("{\"a\": \"x\ny\"}\n", "json: offset 9: invalid character '\\n' in string literal"),
      ("{\"a\": \"\\q\"}\n", "json: offset 9: invalid character 'q' in string escape code"),
      (
        "{\"a\": \"\\u12G4\"}\n",
        "json: offset 12: invalid character 'G' in \\u hexadecimal character escape"
      ),
      (
        "{\"a\": 1.}\n",
        "json: offset 9: invalid character '}' after decimal point in numeric literal"
      ),
      ("{\"a\": 1e}\n", "json: offset 9: invalid character '}' in exponent of numeric literal"),
      ("{\"a\": -}\n", "json: offset 8: invalid character '}' in numeric literal"),
      (
        "{a: [1, 2\n",
        "json: offset 2: invalid character 'a' looking for beginning of object key string"
      ),
      ("{\"a\": 'x'}\n", "json: offset 7: invalid character '\\'' looking for beginning of value"),
      ("{\"a\": \"é\" é}\n", "json: offset 12: invalid character 'Ã' after object key:value pair"),
      (
        "  \n {\"a\": nul}\n",
        "json: offset 14: invalid character '}' in literal null (expecting 'l')"
      ),
      (
        "{\"a\": \u{7F}}\n",
        "json: offset 7: invalid character '\\x7f' looking for beginning of value"
      ),
      (
        "{\"a\": 1}\n{\"b\": ]}\n",
        "json: offset 16: invalid character ']' looking for beginning of value"
      ),
    ])
    func reportsJSONErrorsAsKubectlDoes(input: String, message: String) {
      #expect(parseError(input) == message)
    }

    @Test func refusesNestingDeeperThanTheLimit() {
      let flow = "a: " + String(repeating: "[", count: 250) + String(repeating: "]", count: 250)
      #expect(
        parseError(flow) == "error converting YAML to JSON: yaml: line 1: exceeded max "
          + "depth of 200")
      var block = ""
      for level in 0..<300 { block += String(repeating: " ", count: level) + "k:\n" }
      #expect(parseError(block)?.hasSuffix("exceeded max depth of 200") == true)
      let huge = String(repeating: "- ", count: 10_000) + "x"
      #expect(parseError(huge)?.hasSuffix("exceeded max depth of 200") == true)
      let deepJSON = "{\"a\": " + String(repeating: "[", count: 5_000)
      #expect(parseError(deepJSON) == "json: offset 206: invalid character '[' exceeded max depth")
      let fine = "a: " + String(repeating: "[", count: 199) + String(repeating: "]", count: 199)
      #expect(parseError(fine) == nil)
    }

    @Test func readsLongLinesHangulAndCarriageReturns() {
      let long = String(repeating: "가", count: 10_000)
      #expect(parsed("이름: \(long)\r\nport: 80\r\n") == ["이름": .string(long), "port": 80])
    }

    @Test func roundTripsThroughYAMLAndJSON() throws {
      let original = parsed(JSONEmitterTests.deploymentJSON)
      #expect(parsed(yaml(original)).sortedKeys() == original.sortedKeys())
      var random = SeededRandom(seed: 7)
      for _ in 0..<200 {
        let value = JSONValue.object([("spec", Self.randomValue(&random, depth: 0))])
        #expect(parsed(yaml(value)).sortedKeys() == value.sortedKeys())
        #expect(parsed(json(value)) == value)
      }
    }

    @Test func neverCrashesOnMangledInput() {
      var random = SeededRandom(seed: 2026)
      let seeds = [
        JSONEmitterTests.deploymentJSON, yaml(parsed(JSONEmitterTests.deploymentJSON)),
        "a: &x [1, *x]\n? [a]\n: {b: c}\n--- |\n  text\n", "- - - [{]\n\t\"\\u12\n'''\n",
      ]
      let pieces = [
        "\n", " ", "  ", "\t", ":", ": ", "- ", "-", "---\n", "...", "[", "]", "{", "}", ",", "\"",
        "'", "\\", "#", "&a", "*a", "!!int", "!", "|", ">", "%", "@", "`", "?", "<<: *a", "~",
        "\u{0}", "\u{1}", "\u{7F}", "\u{85}", "\u{FEFF}", "\u{2028}", "한", "😀", "\r", "0x",
        "1e9", "yes", "{\"a\":", "\\u", "\u{FFFE}",
      ]
      for round in 0..<2_000 {
        var scalars = Array(seeds[round % seeds.count].unicodeScalars)
        for _ in 0...Int.random(in: 0..<12, using: &random) {
          let position = Int.random(in: 0...scalars.count, using: &random)
          switch Int.random(in: 0..<3, using: &random) {
          case 0:
            scalars.insert(
              contentsOf: pieces.randomElement(using: &random)!.unicodeScalars,
              at: position)
          case 1 where position < scalars.count: scalars.remove(at: position)
          default:
            scalars.insert(
              Unicode.Scalar(UInt8.random(in: 0...127, using: &random)),
              at: position)
          }
        }
        let text = String(String.UnicodeScalarView(scalars))
        let outcome = ManifestParser(rejectsDuplicateKeys: round.isMultiple(of: 2)).parse(text)
        for document in outcome.documents {
          #expect(document.line >= 1 && document.line <= text.count + 1)
          _ = yaml(document.value)
          _ = json(document.value)
        }
        if let error = outcome.error { #expect(!error.message.isEmpty) }
      }
    }

    static func randomValue(_ random: inout SeededRandom, depth: Int) -> JSONValue {
      let words = [
        "80", "yes", "", " x", "a: b", "#", "- y", "한국어", "line\nbreak", "tab\t",
        "\"q\"", "1.5", "~", "2026-11-26", "plain", "x y z ", "0x1F", "{a}", "😀",
      ]
      switch Int.random(in: 0..<(depth > 3 ? 4 : 7), using: &random) {
      case 0:
        var text = ""
        for _ in 0..<Int.random(in: 0...4, using: &random) {
          text += words.randomElement(using: &random)!
        }
        return .string(text)
      case 1: return .int(Int64.random(in: -1_000_000...1_000_000, using: &random))
      case 2: return .double(Double(2 * Int.random(in: -999...999, using: &random) + 1) / 8)
      case 3: return [true, false, nil].randomElement(using: &random)!
      case 4, 5:
        var pairs: [(String, JSONValue?)] = []
        for _ in 0..<Int.random(in: 0...4, using: &random) {
          pairs.append(
            (words.randomElement(using: &random)!, randomValue(&random, depth: depth + 1)))
        }
        return .object(pairs)
      default:
        return .array(
          (0..<Int.random(in: 0...3, using: &random)).map { _ in
            randomValue(&random, depth: depth + 1)
          })
      }
    }
  }
}
