import ClusterSim

/// The objects kubectl's imperative commands build (create deployment, create service,
/// run, expose), field for field as kubectl v1.32 builds them.
enum Generators {
  /// The container name kubectl derives from an image: `nginx:1.27` → `nginx`,
  /// `gcr.io/google-samples/hello-app:1.0` → `hello-app`.
  static func containerName(for image: String) -> String {
    var name = image
    if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
    name = name.split(separator: "/").last.map(String.init) ?? name
    if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
    return name
  }

  /// Parses `--tcp` specs: `80`, `80:8080`.
  static func servicePorts(_ specs: [String]) throws(SelectorParsing.Failure) -> [ServicePort] {
    var ports: [ServicePort] = []
    for spec in specs {
      let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      guard parts.count <= 2 else {
        throw SelectorParsing.Failure(message: "error: \(spec) is not a valid port specification")
      }
      guard let port = Int32(parts[0]), port >= 0 else {
        throw SelectorParsing.Failure(message: "error: strconv.ParseUint: parsing \"\(parts[0])\": invalid syntax")
      }
      var target: IntOrString = .int(port)
      var name = parts[0]
      if parts.count == 2 {
        if let number = Int32(parts[1]) { target = .int(number) } else { target = .string(parts[1]) }
        name = "\(parts[0])-\(parts[1])"
      }
      var servicePort = ServicePort(port: port, targetPort: target, name: name, protocol: "TCP")
      servicePort.name = name
      ports.append(servicePort)
    }
    return ports
  }

  static func service(
    name: String, namespace: String?, type: String, ports: [ServicePort], nodePort: Int32?,
    clusterIP: String?, externalName: String?
  ) -> Service {
    var meta = ObjectMeta(name: name, namespace: namespace, labels: ["app": name])
    meta.namespace = namespace
    var spec = ServiceSpec(ports: ports, selector: ["app": name], type: type)
    if let nodePort, nodePort != 0 {
      for index in spec.ports.indices { spec.ports[index].nodePort = nodePort }
    }
    spec.clusterIP = clusterIP
    spec.externalName = externalName
    return Service(metadata: meta, spec: spec)
  }
}
