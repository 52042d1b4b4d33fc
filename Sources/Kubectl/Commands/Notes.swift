/// kubetutor's own remarks, where the simulation differs from a real cluster. They are
/// marked `kubetutor:` so a learner never mistakes them for kubectl output.
enum Notes {
  static let simulatedKinds =
    "pods, deployments, replicasets, daemonsets, services, endpoints, endpointslices, events, namespaces, nodes"

  static func unsimulatedCommand(_ name: String, language: Language) -> String {
    switch language {
    case .en:
      return "kubetutor: \"kubectl \(name)\" exists in real kubectl but is not part of this simulation, which covers Services and the workloads behind them."
    case .ko:
      return "kubetutor: \"kubectl \(name)\"은(는) 실제 kubectl에는 있지만 이 시뮬레이션에서는 지원하지 않습니다. kubetutor는 Service와 그 뒤의 워크로드를 다룹니다."
    }
  }

  static func unsimulatedKind(_ name: String, language: Language) -> String {
    switch language {
    case .en:
      return "kubetutor: \"\(name)\" exist on a real cluster, but this simulated cluster only has \(simulatedKinds)."
    case .ko:
      return "kubetutor: \"\(name)\"은(는) 실제 클러스터에는 있지만, 이 시뮬레이션 클러스터에는 \(simulatedKinds)만 있습니다."
    }
  }

  static func unsupportedFlag(_ flag: String, language: Language) -> String {
    switch language {
    case .en: return "kubetutor: \(flag) is not simulated; showing the current state once."
    case .ko: return "kubetutor: \(flag)는 시뮬레이션하지 않습니다. 현재 상태를 한 번 보여 줍니다."
    }
  }

  /// Real resource names this simulation does not serve.
  static let unsimulatedResources: [String: String] = {
    var map: [String: String] = [:]
    let entries: [(String, [String])] = [
      ("configmaps", ["configmap", "cm"]), ("secrets", ["secret"]),
      ("serviceaccounts", ["serviceaccount", "sa"]), ("ingresses", ["ingress", "ing"]),
      ("statefulsets", ["statefulset", "sts"]), ("jobs", ["job"]), ("cronjobs", ["cronjob", "cj"]),
      ("persistentvolumes", ["persistentvolume", "pv"]),
      ("persistentvolumeclaims", ["persistentvolumeclaim", "pvc"]),
      ("networkpolicies", ["networkpolicy", "netpol"]), ("roles", ["role"]),
      ("rolebindings", ["rolebinding"]), ("clusterroles", ["clusterrole"]),
      ("clusterrolebindings", ["clusterrolebinding"]), ("storageclasses", ["storageclass", "sc"]),
      ("horizontalpodautoscalers", ["horizontalpodautoscaler", "hpa"]),
      ("limitranges", ["limitrange", "limits"]), ("resourcequotas", ["resourcequota", "quota"]),
      ("poddisruptionbudgets", ["poddisruptionbudget", "pdb"]),
      ("priorityclasses", ["priorityclass", "pc"]), ("leases", ["lease"]),
      ("customresourcedefinitions", ["customresourcedefinition", "crd", "crds"]),
      ("ingressclasses", ["ingressclass"]), ("componentstatuses", ["componentstatus", "cs"]),
      ("replicationcontrollers", ["replicationcontroller", "rc"]),
      ("controllerrevisions", ["controllerrevision"]),
      ("certificatesigningrequests", ["certificatesigningrequest", "csr"]),
      ("podtemplates", ["podtemplate"]), ("runtimeclasses", ["runtimeclass"]),
      ("csinodes", ["csinode"]), ("csidrivers", ["csidriver"]),
      ("volumeattachments", ["volumeattachment"]), ("apiservices", ["apiservice"]),
    ]
    for (plural, others) in entries {
      map[plural] = plural
      for other in others { map[other] = plural }
    }
    return map
  }()
}
