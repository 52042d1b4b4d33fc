import ClusterSim
import Testing

@testable import Kubectl

/// The page kubectl prints for `path`, or the test fails.
private func page(_ path: String, recursive: Bool = false) throws -> String {
  try ExplainCatalogue.explain(path, recursive: recursive).get()
}

/// The failure kubectl reports for `path`, or nil when it printed a page.
private func failure(_ path: String, apiVersion: String? = nil) -> ExplainFailure? {
  guard
    case .failure(let failure) = ExplainCatalogue.explain(
      path, recursive: false, apiVersion: apiVersion)
  else { return nil }
  return failure
}

/// Output lines joined as kubectl writes them; "\t" separates a field from its type.
private func text(_ lines: String...) -> String { lines.joined(separator: "\n") }

@Suite("kubectl explain")
struct ExplainTests {
  @Test func explainsAnEnumField() throws {
    let expected = text(
      "KIND:       Service",
      "VERSION:    v1",
      "",
      "FIELD: type <string>",
      "ENUM:",
      "    ClusterIP",
      "    ExternalName",
      "    LoadBalancer",
      "    NodePort",
      "",
      "DESCRIPTION:",
      "    How the Service is exposed. ClusterIP (the default) gives it a virtual IP",
      "    reachable only inside the cluster. NodePort adds a port on every node.",
      "    LoadBalancer adds an external load balancer on top of NodePort. ExternalName",
      "    makes its DNS name an alias (CNAME) of externalName, with no proxying at",
      "    all.",
      "    ",
      "",
      "")
    #expect(try page("service.spec.type") == expected)
  }

  @Test func explainsAListOfObjects() throws {
    let lines = try page("svc.spec.ports").split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(8)) == [
        "KIND:       Service",
        "VERSION:    v1",
        "",
        "FIELD: ports <[]ServicePort>",
        "",
        "",
        "DESCRIPTION:",
        "    The ports the Service exposes and where each sends traffic. Only",
      ])
    let fieldLines = lines.filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }
    #expect(
      fieldLines == [
        "  appProtocol\t<string>",
        "  name\t<string>",
        "  nodePort\t<integer>",
        "  port\t<integer> -required-",
        "  protocol\t<string>",
        "  enum: SCTP, TCP, UDP",
        "  targetPort\t<IntOrString>",
      ])
    #expect(lines.contains("FIELDS:"))
    #expect(
      lines.contains("    reachable. Allocated from the node port range, 30000-32767 by default,"))
  }

  @Test func explainsAFieldOfAnAppsKind() throws {
    let expected = text(
      "GROUP:      apps",
      "KIND:       Deployment",
      "VERSION:    v1",
      "",
      "FIELD: strategy <DeploymentStrategy>",
      "",
      "",
      "DESCRIPTION:",
      "    Whether a template change swaps pods gradually or all at once.",
      "    DeploymentStrategy chooses between a rolling update and recreating every pod",
      "    at once.",
      "    ",
      "FIELDS:",
      "  rollingUpdate\t<RollingUpdateDeployment>",
      "    The limits of a rolling update; only allowed when type is RollingUpdate.",
      "",
      "  type\t<string>",
      "  enum: Recreate, RollingUpdate",
      "    RollingUpdate (the default) replaces pods gradually within maxSurge and",
      "    maxUnavailable; Recreate deletes all old pods before new ones are created.",
      "",
      "",
      "")
    #expect(try page("deploy.spec.strategy") == expected)
  }

  @Test func printsTheWholeTreeWithRecursive() throws {
    let lines = try page("pod", recursive: true).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(31)) == [
        "KIND:       Pod",
        "VERSION:    v1",
        "",
        "DESCRIPTION:",
        "    Pod is the smallest unit Kubernetes schedules: one or more containers that",
        "    share a network namespace, an IP address and volumes, and that always run",
        "    together on one node. Pods are usually created by controllers such as",
        "    Deployments rather than by hand.",
        "    ",
        "FIELDS:",
        "  apiVersion\t<string>",
        "  kind\t<string>",
        "  metadata\t<ObjectMeta>",
        "    annotations\t<map[string]string>",
        "    creationTimestamp\t<string>",
        "    deletionGracePeriodSeconds\t<integer>",
        "    deletionTimestamp\t<string>",
        "    finalizers\t<[]string>",
        "    generateName\t<string>",
        "    generation\t<integer>",
        "    labels\t<map[string]string>",
        "    managedFields\t<[]ManagedFieldsEntry>",
        "      apiVersion\t<string>",
        "      fieldsType\t<string>",
        "      fieldsV1\t<FieldsV1>",
        "      manager\t<string>",
        "      operation\t<string>",
        "      subresource\t<string>",
        "      time\t<string>",
        "    name\t<string>",
        "    namespace\t<string>",
      ])
    let expectedLines = [
      "        containerPort\t<integer> -required-",
      "    restartPolicy\t<string>",
      "    enum: Always, Never, OnFailure",
      "          port\t<IntOrString> -required-",
    ]
    for line in expectedLines {
      let found = lines.contains { $0 == line }
      #expect(found, "missing \(line)")
    }
    #expect(lines.suffix(3) == ["    startTime\t<string>", "", ""])
  }

  @Test(arguments: ["pods", "pod", "po", "Pod"])
  func resolvesEveryNameOfAKind(_ name: String) throws {
    #expect(try page(name) == page("pods"))
    #expect(try page(name + ".") == page("pods"))
    #expect(try page(name + ".spec.containers") == page("pods.spec.containers"))
  }

  @Test func resolvesGroupQualifiedNamesAsKubectlDoes() throws {
    #expect(try page("deployments.apps.spec") == page("deploy.spec"))
    #expect(try page("svc.spec") == page("services.spec"))
    #expect(failure("deploy.apps.spec")?.message == "error: field \"spec\" does not exist")
    #expect(failure("deployment.apps")?.message == "error: field \"apps\" does not exist")
  }

  @Test func reportsAnUnknownResource() {
    #expect(failure("svcx") == ExplainFailure("the server doesn't have a resource type \"svcx\""))
    #expect(failure("foo.spec")?.message == "the server doesn't have a resource type \"foo\"")
  }

  @Test func reportsAnUnknownFieldByTheLastName() {
    #expect(
      failure("svc.spec.foo")
        == ExplainFailure(
          "error: field \"foo\" does not exist", output: "KIND:       Service\nVERSION:    v1\n\n"))
    #expect(failure("svc.foo.bar")?.message == "error: field \"bar\" does not exist")
    #expect(failure("svc.spec.type.foo")?.message == "error: field \"foo\" does not exist")
    #expect(failure("svc.metadata.labels.app")?.message == "error: field \"app\" does not exist")
    #expect(failure("deploy.spec.nope")?.output.hasPrefix("GROUP:      apps\n") == true)
  }

  @Test func reportsMalformedPaths() {
    let message = "error: invalid jsonpath syntax, first node must be field node"
    #expect(failure("svc..spec")?.message == message)
    #expect(failure("svc.spec.ports[0]")?.message == message)
  }

  @Test func checksTheAPIVersion() throws {
    #expect(
      try ExplainCatalogue.explain("deploy", recursive: false, apiVersion: "apps/v1").get()
        == page("deploy"))
    #expect(
      failure("deploy", apiVersion: "v1")?.message
        == "error: GVR (/v1, Resource=deployments) not found in OpenAPI schema")
    #expect(
      failure("deploy", apiVersion: "apps/v2")?.message
        == "error: couldn't find resource for \"apps/v2, Resource=deployments\"")
  }

  @Test func listsAtMostFourEnumValuesInAFieldList() throws {
    let affinity = try page(
      "pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"
        + ".nodeSelectorTerms.matchExpressions")
    #expect(
      affinity.contains(
        "  operator\t<string> -required-\n  enum: DoesNotExist, Exists, Gt, In, ....\n"))
    let status = try page("pod.status")
    #expect(
      status.contains("  phase\t<string>\n  enum: Failed, Pending, Running, Succeeded, ....\n"))
    #expect(ExplainPage.shortEnum(["A", "B", "C", "D"]) == "A, B, C, D")
    #expect(ExplainPage.shortEnum(["", "B", "C", "D", "E"]) == "\"\", B, C, D, ....")
    let hostPath = try page("pod.spec.volumes.hostPath")
    #expect(
      hostPath.contains(
        "  type\t<string>\n  enum: \"\", BlockDevice, CharDevice, Directory, ....\n"))
  }

  @Test func knowsWhichFieldsExist() {
    #expect(ExplainCatalogue.fieldExists("pod.spec.containers.readinessProbe.httpGet.port"))
    #expect(ExplainCatalogue.fieldExists("deploy.spec.strategy.rollingUpdate.maxSurge"))
    #expect(ExplainCatalogue.fieldExists("svc.status.loadBalancer.ingress.ip"))
    #expect(ExplainCatalogue.fieldExists("ep.subsets.addresses.targetRef.name"))
    #expect(ExplainCatalogue.fieldExists("nodes"))
    #expect(!ExplainCatalogue.fieldExists("pod.spec.containers.readinessProbe.httpGet.url"))
    #expect(!ExplainCatalogue.fieldExists("svc.spec.Type"))
    #expect(!ExplainCatalogue.fieldExists("widgets.spec"))
  }

  @Test func wrapsLikeKubectl() {
    #expect(ExplainText.wrapped("aaa bbb ccc", width: 7) == "aaa bbb\nccc")
    #expect(ExplainText.wrapped("aaa bbb\nccc", width: 80) == "aaa bbb\nccc")
    #expect(
      ExplainText.wrapped("a https://example.com/long", width: 10) == "a\nhttps://example.com/long")
    #expect(ExplainText.indented("a\n\nb", by: 2) == "  a\n  \n  b")
  }

  @Test(arguments: ResourceKind.allCases)
  func keepsEveryTypeWellFormed(_ kind: ResourceKind) {
    var seen = Set<String>()
    func check(_ type: ExplainType) {
      guard seen.insert(type.name + type.summary).inserted else { return }
      #expect(!type.summary.isEmpty, "\(type.name) has no description")
      let names = type.fields.map(\.name)
      #expect(Set(names).count == names.count, "\(type.name) repeats a field")
      for field in type.fields {
        #expect(!field.summary.isEmpty, "\(type.name).\(field.name) has no description")
        #expect(field.summary.last == ".", "\(type.name).\(field.name) is not a sentence")
        #expect(!field.summary.contains("  "), "\(type.name).\(field.name) has a double space")
        #expect(field.enumValues == field.enumValues.sorted(), "\(type.name).\(field.name)")
        if let child = field.shape.namedType { check(child) }
      }
    }
    check(ExplainCatalogue.rootType(for: kind))
  }
}
