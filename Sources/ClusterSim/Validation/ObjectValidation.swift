/// The API server's validation of each kind, with its field paths and messages.
public enum ObjectValidation {
  /// Validates name, labels and annotations.
  static func metadata(_ meta: ObjectMeta, kind: ResourceKind) -> [FieldError] {
    var errors: [FieldError] = []
    if meta.name.isEmpty {
      errors.append(.required("metadata.name", "name or generateName is required"))
    } else {
      let problems: [String]
      switch kind {
      case .service: problems = NameRules.dns1035Label(meta.name)
      case .namespace: problems = NameRules.dns1123Label(meta.name)
      default: problems = NameRules.dns1123Subdomain(meta.name)
      }
      errors += problems.map { .invalid("metadata.name", meta.name, $0) }
    }
    errors += NameRules.labels(meta.labels, field: "metadata.labels")
    errors += NameRules.annotations(meta.annotations, field: "metadata.annotations")
    return errors
  }

  static let envNameMessage =
    "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"

  static func container(_ container: Container, at path: String) -> [FieldError] {
    var errors: [FieldError] = []
    if container.name.isEmpty {
      errors.append(.required("\(path).name"))
    } else {
      errors += NameRules.dns1123Label(container.name).map {
        .invalid("\(path).name", container.name, $0)
      }
    }
    if container.image.trimmingCharacters(in: .whitespaces).isEmpty {
      errors.append(.required("\(path).image"))
    }
    var portNames: Set<String> = []
    for (index, port) in container.ports.enumerated() {
      let portPath = "\(path).ports[\(index)]"
      if let name = port.name, !name.isEmpty {
        errors += NameRules.ianaServiceName(name).map { .invalid("\(portPath).name", name, $0) }
        if !portNames.insert(name).inserted {
          errors.append(
            FieldError(field: "\(portPath).name", kind: .duplicate(value: FieldError.quoted(name))))
        }
      }
      if port.containerPort == 0 {
        errors.append(.required("\(portPath).containerPort"))
      } else {
        errors += NameRules.portNumber(Int64(port.containerPort)).map {
          .invalid("\(portPath).containerPort", number: Int64(port.containerPort), $0)
        }
      }
      if let proto = port.protocol, !["SCTP", "TCP", "UDP"].contains(proto) {
        errors.append(.notSupported("\(portPath).protocol", proto, ["SCTP", "TCP", "UDP"]))
      }
    }
    for (index, variable) in container.env.enumerated() {
      let valid =
        !variable.name.isEmpty && !(variable.name.first!.isNumber)
        && variable.name.allSatisfy {
          $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".")
        }
      if variable.name.isEmpty {
        errors.append(.required("\(path).env[\(index)].name"))
      } else if !valid {
        errors.append(.invalid("\(path).env[\(index)].name", variable.name, envNameMessage))
      }
    }
    if let policy = container.imagePullPolicy, !["Always", "IfNotPresent", "Never"].contains(policy)
    {
      errors.append(
        .notSupported("\(path).imagePullPolicy", policy, ["Always", "IfNotPresent", "Never"]))
    }
    return errors
  }

  /// Validates a pod spec at `path` (`spec` or `spec.template.spec`).
  static func podSpec(_ spec: PodSpec, at path: String) -> [FieldError] {
    var errors: [FieldError] = []
    if spec.containers.isEmpty { errors.append(.required("\(path).containers")) }
    var names: Set<String> = []
    for (index, container) in spec.containers.enumerated() {
      let containerPath = "\(path).containers[\(index)]"
      errors += self.container(container, at: containerPath)
      if !container.name.isEmpty, !names.insert(container.name).inserted {
        errors.append(
          FieldError(
            field: "\(containerPath).name", kind: .duplicate(value: FieldError.quoted(container.name))
          ))
      }
    }
    for (index, container) in spec.initContainers.enumerated() {
      errors += self.container(container, at: "\(path).initContainers[\(index)]")
    }
    if let policy = spec.restartPolicy, !["Always", "OnFailure", "Never"].contains(policy) {
      errors.append(.notSupported("\(path).restartPolicy", policy, ["Always", "OnFailure", "Never"]))
    }
    if let policy = spec.dnsPolicy,
      !["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"].contains(policy)
    {
      errors.append(
        .notSupported(
          "\(path).dnsPolicy", policy, ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]))
    }
    if let hostname = spec.hostname, !hostname.isEmpty {
      errors += NameRules.dns1123Label(hostname).map { .invalid("\(path).hostname", hostname, $0) }
    }
    if let subdomain = spec.subdomain, !subdomain.isEmpty {
      errors += NameRules.dns1123Label(subdomain).map {
        .invalid("\(path).subdomain", subdomain, $0)
      }
    }
    return errors
  }

  public static func validate(_ pod: Pod) -> [FieldError] {
    metadata(pod.metadata, kind: .pod) + podSpec(pod.spec, at: "spec")
  }

  static func selectorDescription(_ selector: LabelSelector) -> String {
    let labels =
      selector.matchLabels.isEmpty ? "map[string]string(nil)" : FieldError.goMap(selector.matchLabels)
    return "v1.LabelSelector{MatchLabels:\(labels), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"
  }

  /// Shared rules of Deployments, ReplicaSets and DaemonSets: a selector that matches the
  /// template's labels.
  static func workload(
    selector: LabelSelector?, template: PodTemplateSpec, replicas: Int32?, kind: ResourceKind
  ) -> [FieldError] {
    var errors: [FieldError] = []
    if let replicas, replicas < 0 {
      errors.append(
        .invalid("spec.replicas", number: Int64(replicas), "must be greater than or equal to 0"))
    }
    guard let selector else {
      errors.append(.required("spec.selector"))
      if kind != .daemonSet {
        errors.append(
          FieldError(
            field: "spec.template.metadata.labels",
            kind: .invalid(value: FieldError.goMap(template.metadata.labels)),
            detail: "`selector` does not match template `labels`"))
      }
      errors += podSpec(template.spec, at: "spec.template.spec")
      return errors
    }
    if selector.isEmpty {
      errors.append(
        FieldError(
          field: "spec.selector", kind: .invalid(value: selectorDescription(selector)),
          detail: "empty selector is invalid for \(kind == .deployment ? "deployment" : kind.singular)"))
    } else if !selector.matches(template.metadata.labels) {
      errors.append(
        FieldError(
          field: "spec.template.metadata.labels",
          kind: .invalid(value: FieldError.goMap(template.metadata.labels)),
          detail: "`selector` does not match template `labels`"))
    }
    errors += NameRules.labels(selector.matchLabels, field: "spec.selector.matchLabels")
    errors += NameRules.labels(template.metadata.labels, field: "spec.template.metadata.labels")
    errors += podSpec(template.spec, at: "spec.template.spec")
    if let policy = template.spec.restartPolicy, policy != "Always" {
      errors.append(.notSupported("spec.template.spec.restartPolicy", policy, ["Always"]))
    }
    return errors
  }

  public static func validate(_ deployment: Deployment) -> [FieldError] {
    metadata(deployment.metadata, kind: .deployment)
      + workload(
        selector: deployment.spec.selector, template: deployment.spec.template,
        replicas: deployment.spec.replicas, kind: .deployment)
  }

  public static func validate(_ replicaSet: ReplicaSet) -> [FieldError] {
    metadata(replicaSet.metadata, kind: .replicaSet)
      + workload(
        selector: replicaSet.spec.selector, template: replicaSet.spec.template,
        replicas: replicaSet.spec.replicas, kind: .replicaSet)
  }

  public static func validate(_ daemonSet: DaemonSet) -> [FieldError] {
    metadata(daemonSet.metadata, kind: .daemonSet)
      + workload(
        selector: daemonSet.spec.selector, template: daemonSet.spec.template, replicas: nil,
        kind: .daemonSet)
  }

  public static func validate(_ namespace: Namespace) -> [FieldError] {
    metadata(namespace.metadata, kind: .namespace)
  }

  public static func validate(_ endpoints: Endpoints) -> [FieldError] {
    var errors = metadata(endpoints.metadata, kind: .endpoints)
    for (subsetIndex, subset) in endpoints.subsets.enumerated() {
      let path = "subsets[\(subsetIndex)]"
      for (index, address) in subset.addresses.enumerated()
      where IPv4Address(address.ip) == nil {
        errors.append(
          .invalid("\(path).addresses[\(index)].ip", address.ip, "must be a valid IP address"))
      }
      for (index, port) in subset.ports.enumerated() {
        errors += NameRules.portNumber(Int64(port.port)).map {
          .invalid("\(path).ports[\(index)].port", number: Int64(port.port), $0)
        }
      }
    }
    return errors
  }
}

import Foundation
