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
