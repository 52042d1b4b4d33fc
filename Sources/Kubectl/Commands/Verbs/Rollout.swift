import ClusterSim
import Foundation

extension KubectlVerbs {
  static let rollout = Verb(
    name: "rollout", summary: "Manage the rollout of a resource",
    description: "Watch, restart, undo and list the rollouts of a deployment.",
    usage: "kubectl rollout SUBCOMMAND [options]",
    examples: [("Replace every pod of web with a new one", "kubectl rollout restart deployment web")],
    subcommands: [rolloutStatus, rolloutRestart, rolloutHistory, rolloutUndo, rolloutPause, rolloutResume])

  static func deploymentTarget(_ invocation: inout Invocation) -> Deployment? {
    let request: ResourceRequest
    do { request = try ResourceArguments.parse(invocation.arguments, language: invocation.language) } catch {
      invocation.errorLine(error.message)
      return nil
    }
    guard let target = request.objects.first else {
      _ = invocation.usageError("required resource not specified")
      return nil
    }
    guard target.kind == .deployment || target.kind == .daemonSet else {
      invocation.errorLine("error: no \(invocation.path.last ?? "rollout")er has been implemented for \(target.kind.group.isEmpty ? "" : target.kind.group + "/")\(target.kind.kind)")
      return nil
    }
    guard let deployment = invocation.cluster.state.store.get(Deployment.self, invocation.namespace, target.name) else {
      invocation.errorLine("Error from server (NotFound): \(target.kind.qualifiedPlural) \"\(target.name)\" not found")
      return nil
    }
    return deployment
  }

  static let rolloutStatus = Verb(
    name: "status", summary: "Show the status of the rollout",
    description: "Wait until a deployment's rollout finishes, printing its progress.",
    usage: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]",
    examples: [("Wait for web", "kubectl rollout status deployment/web")],
    flags: [FlagSpec("watch", "w", .bool, default: "true", "Keep watching until done."),
      FlagSpec("timeout", nil, .duration, default: "0s", "How long to wait.")],
    run: { invocation in
      guard var deployment = deploymentTarget(&invocation) else { return 1 }
      let limit = invocation.flags.string("timeout").flatMap(DurationText.seconds).flatMap { $0 > 0 ? $0 : nil } ?? 300
      var waited = 0.0
      var last = ""
      while true {
        let desired = deployment.spec.replicas ?? 1
        let status = deployment.status
        var message = ""
        if status.updatedReplicas < desired {
          message = "Waiting for deployment \"\(deployment.name)\" rollout to finish: \(status.updatedReplicas) out of \(desired) new replicas have been updated..."
        } else if status.replicas > status.updatedReplicas {
          message = "Waiting for deployment \"\(deployment.name)\" rollout to finish: \(status.replicas - status.updatedReplicas) old replicas are pending termination..."
        } else if status.availableReplicas < status.updatedReplicas {
          message = "Waiting for deployment \"\(deployment.name)\" rollout to finish: \(status.availableReplicas) of \(status.updatedReplicas) updated replicas are available..."
        } else {
          invocation.line("deployment \"\(deployment.name)\" successfully rolled out")
          return 0
        }
        if message != last { invocation.line(message); last = message }
        if waited >= limit || invocation.flags.string("watch") == "false" {
          if invocation.flags.string("watch") == "false" { return 0 }
          invocation.errorLine("error: timed out waiting for the condition")
          return 1
        }
        guard invocation.shell.wait(1) else { return 130 }
        waited += 1
        guard let fresh = invocation.cluster.state.store.get(Deployment.self, deployment.namespace, deployment.name) else {
          return 1
        }
        deployment = fresh
      }
    })

  static let rolloutRestart = Verb(
    name: "restart", summary: "Restart a resource",
    description: "Replace every pod of a deployment with a new one, by a rolling update.",
    usage: "kubectl rollout restart RESOURCE [options]",
    examples: [("New pods for web", "kubectl rollout restart deployment web")],
    run: { invocation in
      guard var deployment = deploymentTarget(&invocation) else { return 1 }
      deployment.spec.template.metadata.annotations["kubectl.kubernetes.io/restartedAt"] =
        rfc3339Local(invocation.now)
      do throws(APIError) { try invocation.cluster.state.update(deployment) } catch { return invocation.fail(error) }
      invocation.line("deployment.apps/\(deployment.name) restarted")
      return 0
    })

  /// The restartedAt value kubectl writes: RFC 3339 in the client's zone (UTC here).
  static func rfc3339Local(_ instant: Instant) -> String {
    instant.rfc3339.replacingOccurrences(of: "Z", with: "Z")
  }

  static let rolloutHistory = Verb(
    name: "history", summary: "View rollout history",
    description: "List a deployment's revisions (one per pod template it has had).",
    usage: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]",
    examples: [("Revisions of web", "kubectl rollout history deployment/web")],
    flags: [FlagSpec("revision", nil, .int, default: "0", "Show the pod template of one revision.")],
    run: { invocation in
      guard let deployment = deploymentTarget(&invocation) else { return 1 }
      let sets = invocation.cluster.state.replicaSets(ownedBy: deployment).sorted {
        ClusterState.revision($0) < ClusterState.revision($1)
      }
      if let revision = invocation.flags.int("revision"), revision > 0 {
        guard let match = sets.first(where: { ClusterState.revision($0) == revision }) else {
          invocation.errorLine("error: unable to find the specified revision")
          return 1
        }
        var w = DescribeWriter()
        Describer.describeTemplate(match.spec.template, into: &w)
        invocation.line("deployment.apps/\(deployment.name) with revision #\(revision)")
        invocation.out(w.rendered())
        return 0
      }
      invocation.line("deployment.apps/\(deployment.name) ")
      var writer = TabWriter(minWidth: 0, padding: 2)
      writer.row(["REVISION", "CHANGE-CAUSE"])
      for set in sets {
        writer.row([String(ClusterState.revision(set)), set.metadata.annotations["kubernetes.io/change-cause"] ?? "<none>"])
      }
      invocation.out(writer.rendered() + "\n")
      return 0
    })

  static let rolloutUndo = Verb(
    name: "undo", summary: "Undo a previous rollout",
    description: "Go back to the previous revision of a deployment (or --to-revision=N).",
    usage: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]",
    examples: [("Back to the revision before", "kubectl rollout undo deployment/web")],
    flags: [FlagSpec("to-revision", nil, .int, default: "0", "The revision to go back to (0: the previous one).")],
    run: { invocation in
      guard var deployment = deploymentTarget(&invocation) else { return 1 }
      let sets = invocation.cluster.state.replicaSets(ownedBy: deployment).sorted {
        ClusterState.revision($0) > ClusterState.revision($1)
      }
      let wanted = invocation.flags.int("to-revision") ?? 0
      let target = wanted > 0 ? sets.first { ClusterState.revision($0) == wanted } : sets.dropFirst().first
      guard let target else {
        invocation.errorLine(wanted > 0 ? "error: unable to find specified revision \(wanted) in history" : "error: no rollout history found for deployment \"\(deployment.name)\"")
        return 1
      }
      var template = target.spec.template
      template.metadata.labels["pod-template-hash"] = nil
      if ClusterState.withoutHash(deployment.spec.template) == template {
        invocation.line("deployment.apps/\(deployment.name) skipped rollback (current template already matches revision \(ClusterState.revision(target)))")
        return 0
      }
      deployment.spec.template = template
      do throws(APIError) { try invocation.cluster.state.update(deployment) } catch { return invocation.fail(error) }
      invocation.line("deployment.apps/\(deployment.name) rolled back")
      return 0
    })

  static func pauseVerb(_ pause: Bool) -> Verb {
    Verb(
      name: pause ? "pause" : "resume", summary: pause ? "Mark the provided resource as paused" : "Resume a paused resource",
      description: pause ? "Stop a deployment from rolling out template changes until resumed." : "Let a paused deployment roll out again.",
      usage: "kubectl rollout \(pause ? "pause" : "resume") RESOURCE [options]",
      run: { invocation in
        guard var deployment = deploymentTarget(&invocation) else { return 1 }
        if (deployment.spec.paused ?? false) == pause {
          invocation.errorLine("error: deployments.apps \"\(deployment.name)\" is \(pause ? "already paused" : "not paused")")
          return 1
        }
        deployment.spec.paused = pause ? true : nil
        do throws(APIError) { try invocation.cluster.state.update(deployment) } catch { return invocation.fail(error) }
        invocation.line("deployment.apps/\(deployment.name) \(pause ? "paused" : "resumed")")
        return 0
      })
  }

  static let rolloutPause = pauseVerb(true)
  static let rolloutResume = pauseVerb(false)
}
