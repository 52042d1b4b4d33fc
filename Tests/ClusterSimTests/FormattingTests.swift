import Testing

@testable import ClusterSim

@Suite struct FormattingTests {
  @Test func timestampsPrintInKubernetesForms() {
    let instant = Instant(seconds: 1_795_702_027)
    #expect(instant.rfc3339 == "2026-11-26T14:07:07Z")
    #expect(instant.rfc1123Z == "Thu, 26 Nov 2026 14:07:07 +0000")
    #expect(Instant(rfc3339: "2026-11-26T14:07:07Z") == instant)
  }

  @Test func templateHashesUseOnlyTheSafeAlphabet() {
    let template = PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "x"]), spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))
    let hash = Naming.templateHash(template)
    #expect((8...10).contains(hash.count))
    #expect(hash.allSatisfy { "456789bcdf".contains($0) })
    #expect(hash == Naming.templateHash(template))
  }

  @Test func ipv4ParsingRejectsNonsense() {
    #expect(IPv4Address("10.244.0.2")?.description == "10.244.0.2")
    #expect(IPv4Address("10.244.0") == nil)
    #expect(IPv4Address("10.244.0.256") == nil)
    #expect(IPv4Address("010.1.1.1") == nil)
    #expect(IPv4Network("10.96.0.0/12")!.contains(IPv4Address("10.111.255.254")!))
    #expect(!IPv4Network("10.96.0.0/12")!.contains(IPv4Address("10.112.0.1")!))
  }
}
