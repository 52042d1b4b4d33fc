import Testing

@testable import ClusterSim

@Suite struct ValidationTests {
  @Test(arguments: [
    ("web", true), ("web-1", true), ("1web", false), ("Web", false), ("web_1", false), ("-web", false),
    (String(repeating: "a", count: 63), true), (String(repeating: "a", count: 64), false),
  ])
  func serviceNamesAreDNS1035Labels(name: String, valid: Bool) {
    #expect(NameRules.dns1035Label(name).isEmpty == valid)
  }

  @Test(arguments: [
    ("web", true), ("web.example.com", true), ("a.b-c.d", true), ("web..x", false), (".web", false),
    ("web.", false), ("Web", false), ("파드", false), ("web\u{301}", false), ("", false),
  ])
  func objectNamesAreDNS1123Subdomains(name: String, valid: Bool) {
    #expect(NameRules.dns1123Subdomain(name).isEmpty == valid)
  }

  @Test func labelKeysAndValuesFollowTheAPIRules() {
    #expect(NameRules.qualifiedName("app.kubernetes.io/name").isEmpty)
    #expect(NameRules.qualifiedName("My_Key.1").isEmpty)
    #expect(NameRules.qualifiedName("-app") == [NameRules.qualifiedNameMessage])
    #expect(NameRules.qualifiedName("Example.com/x") == ["prefix part " + NameRules.dns1123SubdomainMessage])
    #expect(NameRules.labelValue("").isEmpty)
    #expect(NameRules.labelValue("v1.2_3-a").isEmpty)
    #expect(NameRules.labelValue("v1 ") == [NameRules.labelValueMessage])
    // Lengths are bytes, as Go's len counts them: 22 Hangul syllables are 66 bytes.
    #expect(
      NameRules.labelValue(String(repeating: "파", count: 22))
        == ["must be no more than 63 characters", NameRules.labelValueMessage])
    #expect(NameRules.labelValue(String(repeating: "a", count: 63)).isEmpty)
  }

  @Test func labelValuesFollowTheLabelRules() {
    #expect(NameRules.labelValue("").isEmpty)
    #expect(NameRules.labelValue("v1.2_b-3").isEmpty)
    #expect(!NameRules.labelValue("has space").isEmpty)
    #expect(!NameRules.labelValue("-lead").isEmpty)
  }

  @Test func twoUnnamedPortsBothNeedNames() {
    let service = Service(
      metadata: ObjectMeta(name: "two", namespace: "default"),
      spec: ServiceSpec(ports: [ServicePort(port: 80), ServicePort(port: 443)]))
    let messages = ObjectValidation.validate(service).map(\.message)
    #expect(messages == ["spec.ports[0].name: Required value", "spec.ports[1].name: Required value"])
  }

  @Test func aDeploymentSelectorMustMatchItsTemplate() {
    let deployment = Deployment(
      metadata: ObjectMeta(name: "x", namespace: "default"),
      spec: DeploymentSpec(
        replicas: 1, selector: LabelSelector(matchLabels: ["app": "a"]),
        template: PodTemplateSpec(
          metadata: ObjectMeta(labels: ["app": "b"]), spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))))
    #expect(
      ObjectValidation.validate(deployment).map(\.message)
        == ["spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"b\"}: `selector` does not match template `labels`"])
  }

  @Test func strictDecodingNamesUnknownFieldsAndTypeMismatches() {
    let typo: JSONValue = [
      "apiVersion": "v1", "kind": "Service", "metadata": ["name": "x"],
      "spec": ["ports": [["port": 80, "targetPrt": 80]]],
    ]
    #expect(throws: DecodeError.unknownFields(["spec.ports[0].targetPrt"])) { try Service.decode(typo) }
    let wrong: JSONValue = ["apiVersion": "v1", "kind": "Service", "spec": ["ports": [["port": "80"]]]]
    do {
      _ = try Service.decode(wrong)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32")
    }
  }
}
