/// The defaults the API server fills in when an object is created or updated.
public enum Defaulting {
  /// Whether an image reference has no tag or the `latest` tag (pull policy Always).
  public static func usesLatestTag(_ image: String) -> Bool {
    if image.contains("@") { return false }
    let lastComponent = image.split(separator: "/").last.map(String.init) ?? image
    guard let colon = lastComponent.lastIndex(of: ":") else { return true }
    return lastComponent[lastComponent.index(after: colon)...] == "latest"
  }

  static func apply(to container: inout Container) {
    if container.imagePullPolicy == nil {
      container.imagePullPolicy = usesLatestTag(container.image) ? "Always" : "IfNotPresent"
    }
    if container.terminationMessagePath == nil {
      container.terminationMessagePath = "/dev/termination-log"
    }
    if container.terminationMessagePolicy == nil { container.terminationMessagePolicy = "File" }
    if container.resources == nil { container.resources = .emptyObject }
    for index in container.ports.indices where container.ports[index].protocol == nil {
      container.ports[index].protocol = "TCP"
    }
    for probe in [\Container.readinessProbe, \Container.livenessProbe, \Container.startupProbe] {
      guard var value = container[keyPath: probe] else { continue }
      value.timeoutSeconds = value.timeoutSeconds ?? 1
      value.periodSeconds = value.periodSeconds ?? 10
      value.successThreshold = value.successThreshold ?? 1
      value.failureThreshold = value.failureThreshold ?? 3
      if case .httpGet(let path, let port, nil) = value.action {
        value.action = .httpGet(path: path, port: port, scheme: "HTTP")
      }
      container[keyPath: probe] = value
    }
  }

  /// Defaults of a pod spec, in a pod or in a template.
  static func apply(to spec: inout PodSpec) {
    for index in spec.containers.indices { apply(to: &spec.containers[index]) }
    for index in spec.initContainers.indices { apply(to: &spec.initContainers[index]) }
    spec.restartPolicy = spec.restartPolicy ?? "Always"
    spec.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds ?? 30
    spec.dnsPolicy = spec.dnsPolicy ?? "ClusterFirst"
    spec.securityContext = spec.securityContext ?? .emptyObject
    spec.schedulerName = spec.schedulerName ?? "default-scheduler"
    if spec.serviceAccountName == nil, let legacy = spec.serviceAccount {
      spec.serviceAccountName = legacy
    }
  }

  /// Defaults and admission of a pod being created: the service account token volume, the
  /// default tolerations, priority and service links.
  static func apply(to pod: inout Pod, tokenSuffix: String) {
    apply(to: &pod.spec)
    pod.spec.serviceAccountName = pod.spec.serviceAccountName ?? "default"
    pod.spec.serviceAccount = pod.spec.serviceAccountName
    pod.spec.enableServiceLinks = pod.spec.enableServiceLinks ?? true
    pod.spec.priority = pod.spec.priority ?? 0
    pod.spec.preemptionPolicy = pod.spec.preemptionPolicy ?? "PreemptLowerPriority"
    var tolerations = pod.spec.tolerations ?? []
    for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]
    where !tolerations.contains(where: { $0.key == key }) {
      tolerations.append(
        Toleration(key: key, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300))
    }
    pod.spec.tolerations = tolerations
    if pod.spec.hostNetwork != true {
      let volumeName = "kube-api-access-\(tokenSuffix)"
      var volumes = pod.spec.volumes?.arrayValue ?? []
      volumes.append(tokenVolume(named: volumeName))
      pod.spec.volumes = .array(volumes)
      for index in pod.spec.containers.indices {
        pod.spec.containers[index].volumeMounts.append(
          VolumeMount(
            name: volumeName, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount",
            readOnly: true))
      }
    }
  }

  static func tokenVolume(named name: String) -> JSONValue {
    [
      "name": .string(name),
      "projected": [
        "defaultMode": 420,
        "sources": [
          ["serviceAccountToken": ["expirationSeconds": 3607, "path": "token"]],
          ["configMap": ["items": [["key": "ca.crt", "path": "ca.crt"]], "name": "kube-root-ca.crt"]],
          [
            "downwardAPI": [
              "items": [
                [
                  "fieldRef": ["apiVersion": "v1", "fieldPath": "metadata.namespace"],
                  "path": "namespace",
                ]
              ]
            ]
          ],
        ],
      ],
    ]
  }

  static func apply(to service: inout Service) {
    let type = service.spec.type ?? "ClusterIP"
    service.spec.type = type
    service.spec.sessionAffinity = service.spec.sessionAffinity ?? "None"
    if service.spec.sessionAffinity == "ClientIP", service.spec.sessionAffinityConfig == nil {
      service.spec.sessionAffinityConfig = ["clientIP": ["timeoutSeconds": 10800]]
    }
    for index in service.spec.ports.indices {
      service.spec.ports[index].protocol = service.spec.ports[index].protocol ?? "TCP"
      if service.spec.ports[index].targetPort == nil && type != "ExternalName" {
        service.spec.ports[index].targetPort = .int(service.spec.ports[index].port)
      }
    }
    guard type != "ExternalName" else { return }
    service.spec.internalTrafficPolicy = service.spec.internalTrafficPolicy ?? "Cluster"
    if type == "NodePort" || type == "LoadBalancer" {
      service.spec.externalTrafficPolicy = service.spec.externalTrafficPolicy ?? "Cluster"
    }
    if type == "LoadBalancer" {
      service.spec.allocateLoadBalancerNodePorts =
        service.spec.allocateLoadBalancerNodePorts ?? true
    }
  }

  static func apply(to deployment: inout Deployment) {
    deployment.spec.replicas = deployment.spec.replicas ?? 1
    deployment.spec.revisionHistoryLimit = deployment.spec.revisionHistoryLimit ?? 10
    deployment.spec.progressDeadlineSeconds = deployment.spec.progressDeadlineSeconds ?? 600
    var strategy = deployment.spec.strategy ?? .emptyObject
    if strategy["type"] == nil { strategy["type"] = "RollingUpdate" }
    if strategy["type"] == "RollingUpdate" {
      var rolling = strategy["rollingUpdate"] ?? .emptyObject
      if rolling["maxSurge"] == nil { rolling["maxSurge"] = "25%" }
      if rolling["maxUnavailable"] == nil { rolling["maxUnavailable"] = "25%" }
      strategy["rollingUpdate"] = rolling
    }
    deployment.spec.strategy = strategy.sortedKeys()
    apply(to: &deployment.spec.template.spec)
  }

  static func apply(to replicaSet: inout ReplicaSet) {
    replicaSet.spec.replicas = replicaSet.spec.replicas ?? 1
    apply(to: &replicaSet.spec.template.spec)
  }

  static func apply(to daemonSet: inout DaemonSet) {
    daemonSet.spec.revisionHistoryLimit = daemonSet.spec.revisionHistoryLimit ?? 10
    daemonSet.spec.updateStrategy =
      daemonSet.spec.updateStrategy
      ?? ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 0, "maxUnavailable": 1]]
    apply(to: &daemonSet.spec.template.spec)
  }
}
