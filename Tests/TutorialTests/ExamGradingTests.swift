import ClusterSim
import Foundation
import Testing
import Tutorial

/// Grading judges the result, not the spelling: other correct ways than the model solution
/// earn every point, and wrong ones do not.
@Suite struct ExamGradingTests {
  /// Takes a one-task exam of `id` (seed 1) by typing `lines` (made from the task's values),
  /// waits for pods, submits, and returns the report.
  func graded(_ id: String, _ lines: ([String: String]) -> [String]) throws -> ExamReport {
    let template = try #require(ExamTestSupport.template(id))
    var draw = ParameterDraw(seed: 1)
    let values = draw.values(for: template, number: 1)
    let task = try #require(ExamInstantiation.task(template, values: values, number: 1).0)
    let session = ExamTestSupport.session(ExamPaper(seed: 1, tasks: [task]))
    session.start()
    for line in lines(values) { _ = session.submit(line) }
    for _ in 0..<15 { _ = session.wait(seconds: 2) }
    _ = session.submit("submit")
    _ = session.submit("y")
    return try #require(session.report)
  }

  func failures(_ report: ExamReport) -> [String] {
    report.tasks.flatMap { $0.checks.filter { !$0.passed }.map(\.requirement.en) }
  }

  @Test func aPortForwardWithTheNamespaceFirstAndAnIPAddressCounts() throws {
    let report = try graded("port-forward") { v in
      [
        "kubectl -n \(v["ns"]!) port-forward service/\(v["svc"]!) \(v["localPort"]!):80 &",
        "curl -s 127.0.0.1:\(v["localPort"]!) > /home/user/course/1/answer.txt",
      ]
    }
    #expect(failures(report) == [])
  }

  @Test func aPortForwardThatWasNeverUsedDoesNotCount() throws {
    let report = try graded("port-forward") { v in
      [
        "kubectl -n \(v["ns"]!) port-forward service/\(v["svc"]!) \(v["localPort"]!):80 &",
        "echo \(v["token"]!) > /home/user/course/1/answer.txt",
      ]
    }
    #expect(report.tasks[0].checks.map(\.passed) == [false, true])
  }

  @Test func aTemporaryPodWithTheNamespaceFirstCountsButALeftoverPodDoesNot() throws {
    let clean = try graded("temporary-pod-test") { v in
      [
        "kubectl -n \(v["ns"]!) run t1 --image=busybox --rm -it --restart=Never -- wget -qO- \(v["svc"]!):\(v["port"]!) > /home/user/course/1/answer.txt"
      ]
    }
    #expect(failures(clean) == [])
    let leftover = try graded("temporary-pod-test") { v in
      [
        "kubectl run t1 -n \(v["ns"]!) --image=busybox --restart=Never -- sleep 3600",
        "sleep 5",
        "kubectl exec t1 -n \(v["ns"]!) -- wget -qO- \(v["svc"]!):\(v["port"]!) > /home/user/course/1/answer.txt",
      ]
    }
    #expect(leftover.tasks[0].checks.map(\.passed) == [true, false])
  }

  @Test func aNodePortServiceWrittenAsYAMLCounts() throws {
    let report = try graded("expose-nodeport") { v in
      [
        """
        cat <<EOF | kubectl apply -f -
        apiVersion: v1
        kind: Service
        metadata:
          name: \(v["svc"]!)
          namespace: \(v["ns"]!)
        spec:
          type: NodePort
          selector:
            app: \(v["app"]!)
          ports:
          - port: \(v["port"]!)
            targetPort: 80
            nodePort: \(v["nodePort"]!)
        EOF
        """
      ]
    }
    #expect(failures(report) == [])
  }

  @Test func aSelectorFixedByPatchCountsButRelabellingTheDeploymentDoesNot() throws {
    let patched = try graded("fix-selector") { v in
      [
        "kubectl patch svc \(v["app.name"]!) -n \(v["ns"]!) -p '{\"spec\":{\"selector\":{\"app\":\"\(v["app.name"]!)\"}}}'"
      ]
    }
    #expect(failures(patched) == [])
    // Changing the pods' labels to match the typo gives endpoints too, but the task said
    // not to touch the Deployment.
    let relabelled = try graded("fix-selector") { v in
      [
        "kubectl patch deployment \(v["app.name"]!) -n \(v["ns"]!) -p '{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"app\":\"\(v["app.typo"]!)\"}}}}}'"
      ]
    }
    #expect(relabelled.tasks[0].checks.first?.passed == false)
  }

  /// A Service over the stable and the canary pods, written to the file and applied.
  func canaryIncluded(_ v: [String: String], requestsFirst: Int) -> [String] {
    let file = "/home/user/course/1/\(v["app"]!)-stable.yaml"
    return [
      "kubectl create service clusterip \(v["app"]!)-stable -n \(v["ns"]!) --tcp=\(v["port"]!):80 --dry-run=client -o yaml > \(file)",
      "sed -i 's/app: \(v["app"]!)-stable/app: \(v["app"]!)/' \(file)",
      "kubectl apply -f \(file)",
      "sleep 5",
    ] + Array(repeating: "kubectl -n \(v["ns"]!) exec client -- wget -qO- \(v["app"]!)-stable:\(v["port"]!)", count: requestsFirst)
  }

  @Test func aServiceThatAlsoSelectsTheCanaryFailsTheSameChecksHoweverOftenItWasTried() throws {
    let verdicts = try (0..<4).map { extra in
      try graded("service-from-manifest") { v in canaryIncluded(v, requestsFirst: extra) }
        .tasks[0].checks.map(\.passed)
    }
    // The file (no track selector, no port named http), the endpoints and the page all fail,
    // whatever the requests before; only the port values are right.
    #expect(verdicts.allSatisfy { $0 == verdicts[0] })
    #expect(verdicts[0] == [false, false, false, false])
    // The failed endpoints check says what it found: three addresses, the canary's among them.
    let report = try graded("service-from-manifest") { v in canaryIncluded(v, requestsFirst: 0) }
    let endpoints = report.tasks[0].checks[1].requirement
    #expect(endpoints.en.contains("(now: 10.244."))
    #expect(endpoints.en.components(separatedBy: "10.244.").count - 1 == 3)
    #expect(endpoints.ko.contains("(지금: 10.244."))
  }

  @Test func aManifestFileIsReadAsKubectlReadsItNotAsText() throws {
    let report = try graded("service-from-manifest") { v in
      let file = "/home/user/course/1/\(v["app"]!)-stable.yaml"
      return [
        // Flow style and quotes, keys in another order: the same manifest to kubectl.
        "echo '{\"kind\": \"Service\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \"\(v["app"]!)-stable\", \"namespace\": \"\(v["ns"]!)\"}, \"spec\": {\"selector\": {\"track\": \"stable\", \"app\": \"\(v["app"]!)\"}, \"ports\": [{\"name\": \"http\", \"port\": \(v["port"]!), \"targetPort\": 80}]}}' > \(file)",
        "kubectl apply -f \(file)",
      ]
    }
    #expect(failures(report) == [])
  }

  @Test func endpointsWhosePortNameDiffersFromTheServiceGetNoTraffic() throws {
    let report = try graded("manual-endpoints") { v in
      [
        "kubectl create service clusterip \(v["svc"]!) -n \(v["ns"]!) --tcp=\(v["port"]!):80 --dry-run=client -o yaml | sed '/selector:/,+1d' | kubectl apply -f -",
        "kubectl patch svc \(v["svc"]!) -n \(v["ns"]!) --type=json -p '[{\"op\":\"add\",\"path\":\"/spec/ports/0/name\",\"value\":\"http\"}]'",
        "IP=$(kubectl get pod reporting-vm -n \(v["ns"]!) -o jsonpath='{.status.podIP}')",
        "printf 'apiVersion: v1\\nkind: Endpoints\\nmetadata:\\n  name: \(v["svc"]!)\\n  namespace: \(v["ns"]!)\\nsubsets:\\n- addresses:\\n  - ip: %s\\n  ports:\\n  - port: 80\\n' $IP | kubectl apply -f -",
      ]
    }
    // The objects look right; only the traffic check sees that kube-proxy matches ports by name.
    #expect(report.tasks[0].checks.map(\.passed) == [true, true, false])
  }

  @Test func recreatingAServiceInsteadOfChangingItLosesThatCheck() throws {
    let report = try graded("change-type-nodeport") { v in
      [
        "kubectl delete svc \(v["svc"]!) -n \(v["ns"]!)",
        "kubectl create service nodeport \(v["svc"]!) -n \(v["ns"]!) --tcp=80:80 --node-port=\(v["nodePort"]!)",
      ]
    }
    // A new ClusterIP: the first check fails; the nodePort and the answer are right.
    #expect(report.tasks[0].checks.map(\.passed) == [false, true, true])
  }
}
