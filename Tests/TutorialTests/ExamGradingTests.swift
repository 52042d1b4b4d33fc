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
