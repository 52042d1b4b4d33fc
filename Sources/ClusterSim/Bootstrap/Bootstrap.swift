/// Builds the cluster kubeadm and flannel leave behind: nodes, the control-plane static pods,
/// kube-proxy and flannel on every node, CoreDNS with its Service, and the `kubernetes`
/// Service, all some minutes old when the session starts.
enum Bootstrap {
  static let apiServerVersion = "v1.32.4"

  static func build(into state: inout ClusterState, start: Instant) {
    let origin = Instant(seconds: (start.seconds - state.options.clusterAge).rounded(.down))
    state.now = origin
    for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
      _ = try? state.create(Namespace(metadata: ObjectMeta(name: name)))
    }
    addNode(0, to: &state, at: origin, tainted: false)
    createKubernetesService(&state)
    for component in ["etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler"] {
      addStaticPod(component, to: &state, at: origin)
    }
    state.settle(at: origin.adding(8))
    let dns = Service(
      metadata: ObjectMeta(
        name: "kube-dns", namespace: "kube-system",
        labels: [
          "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true",
          "kubernetes.io/name": "CoreDNS",
        ],
        annotations: ["prometheus.io/port": "9153", "prometheus.io/scrape": "true"]),
      spec: ServiceSpec(
        ports: [
          ServicePort(port: 53, targetPort: .int(53), name: "dns", protocol: "UDP"),
          ServicePort(port: 53, targetPort: .int(53), name: "dns-tcp", protocol: "TCP"),
          ServicePort(port: 9153, targetPort: .int(9153), name: "metrics", protocol: "TCP"),
        ], selector: ["k8s-app": "kube-dns"]))
    var fixedDNS = dns
    fixedDNS.spec.clusterIP = "10.96.0.10"
    _ = try? state.create(fixedDNS)
    addKubeProxy(to: &state)
    state.settle(at: origin.adding(30))
    _ = try? state.create(Namespace(metadata: ObjectMeta(name: "kube-flannel")))
    addFlannel(to: &state)
    state.settle(at: origin.adding(40))
    addCoreDNS(to: &state)
    for second in stride(from: 42.0, through: 60, by: 2) { state.settle(at: origin.adding(second)) }
    for index in 1..<state.options.nodeCount {
      let joined = origin.adding(120 + Double(index - 1) * 30)
      state.settle(at: joined)
      addNode(index, to: &state, at: joined, tainted: false)
      if var control = state.node(named: "controlplane"), control.taints.isEmpty {
        control.taints = [Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule")]
        state.write(control)
      }
      for second in stride(from: 2.0, through: 20, by: 2) { state.settle(at: joined.adding(second)) }
    }
    state.settle(at: start)
  }

  static func addNode(_ index: Int, to state: inout ClusterState, at time: Instant, tainted: Bool) {
    let name = ClusterOptions.nodeNames[index]
    let address = ClusterOptions.nodeAddress(index)
    var meta = ObjectMeta(
      name: name,
      labels: [
        "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64", "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
      ],
      annotations: [
        "flannel.alpha.coreos.com/backend-data": "{\"VNI\":1,\"VtepMAC\":\"\(macAddress(index))\"}",
        "flannel.alpha.coreos.com/backend-type": "vxlan",
        "flannel.alpha.coreos.com/kube-subnet-manager": "true",
        "flannel.alpha.coreos.com/public-ip": address.description,
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      ])
    if index == 0 {
      meta.labels["node-role.kubernetes.io/control-plane"] = ""
      meta.labels["node.kubernetes.io/exclude-from-external-load-balancers"] = ""
    }
    meta.uid = state.random.identifiers.uuid()
    meta.creationTimestamp = time
    let node = Node(
      metadata: meta, podCIDR: ClusterOptions.podCIDR(index).description,
      internalIP: address.description,
      taints: tainted
        ? [Taint(key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule")] : [],
      readySince: time.adding(30))
    state.write(node)
    state.ipam[name] = HostLocalIPAM(network: ClusterOptions.podCIDR(index))
  }

  static func macAddress(_ index: Int) -> String {
    ["8a:3e:5f:01:c2:7d", "a6:1b:90:4e:33:d8", "f2:7c:18:b5:6a:04"][index]
  }

  static func createKubernetesService(_ state: inout ClusterState) {
    var service = Service(
      metadata: ObjectMeta(
        name: "kubernetes", namespace: "default",
        labels: ["component": "apiserver", "provider": "kubernetes"]),
      spec: ServiceSpec(
        ports: [ServicePort(port: 443, targetPort: .int(6443), name: "https", protocol: "TCP")]))
    service.spec.clusterIP = "10.96.0.1"
    _ = try? state.create(service)
    let controlPlane = ClusterOptions.nodeAddress(0).description
    var meta = ObjectMeta(
      name: "kubernetes", namespace: "default",
      labels: ["endpointslice.kubernetes.io/skip-mirror": "true"])
    meta.uid = state.random.identifiers.uuid()
    meta.creationTimestamp = state.now
    state.write(
      Endpoints(
        metadata: meta,
        subsets: [
          Endpoints.Subset(
            addresses: [Endpoints.Address(ip: controlPlane)], notReadyAddresses: [],
            ports: [Endpoints.Port(name: "https", port: 6443, protocol: "TCP")])
        ]))
    var sliceMeta = ObjectMeta(
      name: "kubernetes", namespace: "default",
      labels: ["kubernetes.io/service-name": "kubernetes"])
    sliceMeta.uid = state.random.identifiers.uuid()
    sliceMeta.creationTimestamp = state.now
    sliceMeta.generation = 1
    state.write(
      EndpointSlice(
        metadata: sliceMeta,
        endpoints: [
          EndpointSlice.Endpoint(
            addresses: [controlPlane], ready: true, serving: true, terminating: false,
            nodeName: nil, targetRef: nil)
        ], ports: [Endpoints.Port(name: "https", port: 6443, protocol: "TCP")]))
  }

  static func addStaticPod(_ component: String, to state: inout ClusterState, at time: Instant) {
    let image =
      component == "etcd"
      ? "registry.k8s.io/etcd:3.5.16-0" : "registry.k8s.io/\(component):\(apiServerVersion)"
    var container = Container(name: component, image: image)
    container.command = [component]
    var pod = Pod(
      metadata: ObjectMeta(
        name: "\(component)-controlplane", namespace: "kube-system",
        labels: ["component": component, "tier": "control-plane"]),
      spec: PodSpec(containers: [container]))
    pod.spec.hostNetwork = true
    pod.spec.nodeName = "controlplane"
    pod.spec.priorityClassName = "system-node-critical"
    pod.spec.priority = 2_000_001_000
    pod.spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: "NoExecute")]
    guard let nodeUID = state.node(named: "controlplane")?.metadata.uid,
      var created = try? state.create(pod)
    else { return }
    created.metadata.ownerReferences = [
      OwnerReference(apiVersion: "v1", kind: "Node", name: "controlplane", uid: nodeUID, controller: true, blockOwnerDeletion: nil)
    ]
    state.startRuntime(for: created, on: "controlplane")
    state.write(created)
  }

  static func systemContainer(_ name: String, image: String, command: [String]) -> Container {
    var container = Container(name: name, image: image)
    container.command = command
    return container
  }

  static func addKubeProxy(to state: inout ClusterState) {
    let labels = ["k8s-app": "kube-proxy"]
    var spec = PodSpec(containers: [
      systemContainer(
        "kube-proxy", image: "registry.k8s.io/kube-proxy:\(apiServerVersion)",
        command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"])
    ])
    spec.hostNetwork = true
    spec.priorityClassName = "system-node-critical"
    spec.serviceAccountName = "kube-proxy"
    spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: nil)]
    let daemonSet = DaemonSet(
      metadata: ObjectMeta(name: "kube-proxy", namespace: "kube-system", labels: labels),
      spec: DaemonSetSpec(
        selector: LabelSelector(matchLabels: labels),
        template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: spec)))
    _ = try? state.create(daemonSet)
  }

  static func addFlannel(to state: inout ClusterState) {
    let labels = ["app": "flannel", "k8s-app": "flannel", "tier": "node"]
    var spec = PodSpec(containers: [
      systemContainer(
        "kube-flannel", image: "docker.io/flannel/flannel:v0.26.1",
        command: ["/opt/bin/flanneld", "--ip-masq", "--kube-subnet-mgr"])
    ])
    spec.hostNetwork = true
    spec.priorityClassName = "system-node-critical"
    spec.serviceAccountName = "flannel"
    spec.tolerations = [Toleration(key: nil, operator: "Exists", effect: "NoSchedule")]
    let daemonSet = DaemonSet(
      metadata: ObjectMeta(name: "kube-flannel-ds", namespace: "kube-flannel", labels: labels),
      spec: DaemonSetSpec(
        selector: LabelSelector(matchLabels: ["app": "flannel"]),
        template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: spec)))
    _ = try? state.create(daemonSet)
  }

  static func addCoreDNS(to state: inout ClusterState) {
    let labels = ["k8s-app": "kube-dns"]
    var container = Container(name: "coredns", image: "registry.k8s.io/coredns/coredns:v1.11.3")
    container.args = ["-conf", "/etc/coredns/Corefile"]
    container.ports = [
      ContainerPort(containerPort: 53, name: "dns", protocol: "UDP"),
      ContainerPort(containerPort: 53, name: "dns-tcp", protocol: "TCP"),
      ContainerPort(containerPort: 9153, name: "metrics", protocol: "TCP"),
    ]
    container.readinessProbe = Probe(action: .httpGet(path: "/ready", port: .int(8181), scheme: "HTTP"))
    container.livenessProbe = Probe(action: .httpGet(path: "/health", port: .int(8080), scheme: "HTTP"))
    container.livenessProbe?.initialDelaySeconds = 60
    var spec = PodSpec(containers: [container])
    spec.dnsPolicy = "Default"
    spec.priorityClassName = "system-cluster-critical"
    spec.serviceAccountName = "coredns"
    spec.nodeSelector = ["kubernetes.io/os": "linux"]
    spec.tolerations = [
      Toleration(key: "CriticalAddonsOnly", operator: "Exists", effect: nil),
      Toleration(key: "node-role.kubernetes.io/control-plane", operator: nil, effect: "NoSchedule"),
    ]
    var deploymentSpec = DeploymentSpec(
      replicas: 2, selector: LabelSelector(matchLabels: labels),
      template: PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: spec))
    deploymentSpec.strategy = ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": 1]]
    guard let deployment = try? state.create(
      Deployment(
        metadata: ObjectMeta(name: "coredns", namespace: "kube-system", labels: labels),
        spec: deploymentSpec))
    else { return }
    let hash = "668d6bf9bc"
    var template = deployment.spec.template
    template.metadata.labels["pod-template-hash"] = hash
    var meta = ObjectMeta(
      name: "coredns-\(hash)", namespace: "kube-system",
      labels: labels.merging(["pod-template-hash": hash]) { $1 },
      annotations: [
        "deployment.kubernetes.io/desired-replicas": "2",
        "deployment.kubernetes.io/max-replicas": "3",
        "deployment.kubernetes.io/revision": "1",
      ])
    meta.ownerReferences = [
      OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: "coredns", uid: deployment.metadata.uid ?? "")
    ]
    _ = try? state.create(
      ReplicaSet(
        metadata: meta,
        spec: ReplicaSetSpec(
          replicas: 2, selector: LabelSelector(matchLabels: labels.merging(["pod-template-hash": hash]) { $1 }),
          template: template)))
  }
}
