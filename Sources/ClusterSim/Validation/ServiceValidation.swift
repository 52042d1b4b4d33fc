/// Validation of a Service spec (allocation of IPs and nodePorts is checked elsewhere).
extension ObjectValidation {
  static let serviceTypes = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]

  public static func validate(_ service: Service) -> [FieldError] {
    var errors = metadata(service.metadata, kind: .service)
    let spec = service.spec
    let type = spec.type ?? "ClusterIP"
    if !serviceTypes.contains(type) {
      errors.append(.notSupported("spec.type", type, serviceTypes))
      return errors
    }
    let headless = spec.clusterIP == "None"
    if type == "ExternalName" {
      if let name = spec.externalName, !name.isEmpty {
        let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
        errors += NameRules.dns1123Subdomain(trimmed).map {
          .invalid("spec.externalName", name, $0)
        }
      } else {
        errors.append(.required("spec.externalName"))
      }
    } else if spec.ports.isEmpty && !headless {
      errors.append(.required("spec.ports"))
    }
    var names: Set<String> = []
    var portProtocols: Set<String> = []
    for (index, port) in spec.ports.enumerated() {
      let path = "spec.ports[\(index)]"
      if spec.ports.count > 1 && (port.name ?? "").isEmpty {
        errors.append(.required("\(path).name"))
      } else if let name = port.name, !name.isEmpty {
        errors += NameRules.dns1123Label(name).map { .invalid("\(path).name", name, $0) }
        if !names.insert(name).inserted {
          errors.append(
            FieldError(field: "\(path).name", kind: .duplicate(value: FieldError.quoted(name))))
        }
      }
      errors += NameRules.portNumber(Int64(port.port)).map {
        .invalid("\(path).port", number: Int64(port.port), $0)
      }
      let proto = port.protocol ?? "TCP"
      if !["SCTP", "TCP", "UDP"].contains(proto) {
        errors.append(.notSupported("\(path).protocol", proto, ["SCTP", "TCP", "UDP"]))
      }
      switch port.targetPort {
      case .int(let number)?:
        errors += NameRules.portNumber(Int64(number)).map {
          .invalid("\(path).targetPort", number: Int64(number), $0)
        }
      case .string(let name)?:
        errors += NameRules.ianaServiceName(name).map { .invalid("\(path).targetPort", name, $0) }
      case nil: break
      }
      if let nodePort = port.nodePort, nodePort != 0, type == "ClusterIP" {
        errors.append(.forbidden("\(path).nodePort", "may not be used when `type` is 'ClusterIP'"))
      }
      if !portProtocols.insert("\(port.port)/\(proto)").inserted {
        errors.append(
          FieldError(
            field: path,
            kind: .duplicate(value: goDescription(port, protocol: proto))))
      }
    }
    if let affinity = spec.sessionAffinity, !["ClientIP", "None"].contains(affinity) {
      errors.append(.notSupported("spec.sessionAffinity", affinity, ["ClientIP", "None"]))
    }
    if let policy = spec.externalTrafficPolicy {
      if type == "ClusterIP" || type == "ExternalName" {
        errors.append(
          .invalid(
            "spec.externalTrafficPolicy", policy,
            "may only be set when `type` is 'NodePort' or 'LoadBalancer'"))
      } else if !["Cluster", "Local"].contains(policy) {
        errors.append(.notSupported("spec.externalTrafficPolicy", policy, ["Cluster", "Local"]))
      }
    }
    if let policy = spec.internalTrafficPolicy, !["Cluster", "Local"].contains(policy) {
      errors.append(.notSupported("spec.internalTrafficPolicy", policy, ["Cluster", "Local"]))
    }
    if let selector = spec.selector {
      errors += NameRules.labels(selector, field: "spec.selector")
    }
    if let clusterIP = spec.clusterIP, !clusterIP.isEmpty, clusterIP != "None",
      IPv4Address(clusterIP) == nil
    {
      errors.append(
        .invalid("spec.clusterIPs[0]", clusterIP, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"))
    }
    if type == "ExternalName", let clusterIP = spec.clusterIP, !clusterIP.isEmpty {
      errors.append(.forbidden("spec.clusterIPs", "may not be set for ExternalName services"))
    }
    if headless && (type == "NodePort" || type == "LoadBalancer") {
      errors.append(
        .invalid("spec.clusterIPs[0]", "None", "may not be set to 'None' for \(type) services"))
    }
    for (index, ip) in (spec.externalIPs ?? []).enumerated() where IPv4Address(ip) == nil {
      errors.append(
        .invalid("spec.externalIPs[\(index)]", ip, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"))
    }
    return errors
  }
}

extension ObjectValidation {
  /// A service port as Go's %#v prints the internal type, for duplicate-port errors.
  static func goDescription(_ port: ServicePort, protocol proto: String) -> String {
    var kind = 0
    var number: Int32 = 0
    var text = ""
    switch port.targetPort {
    case .int(let value)?: number = value
    case .string(let value)?:
      kind = 1
      text = value
    case nil: break
    }
    return "core.ServicePort{Name:\(FieldError.quoted(port.name ?? "")), "
      + "Protocol:\(FieldError.quoted(proto)), AppProtocol:(*string)(nil), Port:\(port.port), "
      + "TargetPort:intstr.IntOrString{Type:\(kind), IntVal:\(number), "
      + "StrVal:\(FieldError.quoted(text))}, NodePort:\(port.nodePort ?? 0)}"
  }
}
