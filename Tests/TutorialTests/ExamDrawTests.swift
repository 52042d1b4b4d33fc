import Foundation
import Testing
import Tutorial

/// Drawing an exam: repeatable by seed, spread over the topics, tasks kept apart.
@Suite struct ExamDrawTests {
  let catalogue = ExamTestSupport.catalogue

  @Test func theSameSeedDrawsTheSameExam() {
    let first = ExamPaper.draw(from: catalogue, count: 10, seed: 42)
    let again = ExamPaper.draw(from: catalogue, count: 10, seed: 42)
    #expect(first == again)
    #expect(first.tasks.count == 10)
    #expect(first.tasks.map(\.number) == Array(1...10))
    let other = ExamPaper.draw(from: catalogue, count: 10, seed: 43)
    #expect(other.tasks.map(\.templateID) != first.tasks.map(\.templateID))
  }

  @Test func tasksAreSpreadOverTheTopicsByShare() {
    for seed in UInt64(1)...20 {
      let paper = ExamPaper.draw(from: catalogue, count: 10, seed: seed)
      var counts: [String: Int] = [:]
      for task in paper.tasks { counts[task.topic, default: 0] += 1 }
      // Shares 30/15/15/25/15 of 10 tasks: 3, 1 or 2, 1 or 2, 2 or 3, 1 or 2.
      #expect(counts["expose"] == 3, "seed \(seed): \(counts)")
      #expect((2...3).contains(counts["troubleshooting"] ?? 0), "seed \(seed): \(counts)")
      for topic in ["manifests", "dns", "inspect"] {
        #expect((1...2).contains(counts[topic] ?? 0), "seed \(seed): \(counts)")
      }
      #expect(Set(paper.tasks.map(\.templateID)).count == 10)
    }
  }

  @Test func quotasNeverExceedWhatATopicHas() {
    let quotas = ExamPaper.quotas(
      for: 6, topics: [("a", 50, 1), ("b", 30, 10), ("c", 20, 10)])
    #expect(quotas == ["a": 1, "b": 3, "c": 2])
    let all = ExamPaper.quotas(for: 50, topics: [("a", 1, 2), ("b", 1, 3)])
    #expect(all == ["a": 2, "b": 3])
    #expect(ExamPaper.quotas(for: 10, topics: [("a", 30, 9), ("b", 70, 9)]) == ["a": 3, "b": 7])
  }

  /// Tasks share one cluster: two tasks never get the same namespace or nodePort, and no
  /// two tasks' namespaces collide (each template's parameters named `ns...` are unique).
  @Test func namespacesAndNodePortsAreNeverShared() {
    for seed in UInt64(1)...40 {
      let paper = ExamPaper.draw(from: catalogue, count: 16, seed: seed)
      var namespaces: [String] = []
      var nodePorts: [String] = []
      for task in paper.tasks {
        for (name, value) in task.values {
          if name.hasPrefix("ns") { namespaces.append(value) }
          if name == "nodePort" { nodePorts.append(value) }
        }
      }
      #expect(Set(namespaces).count == namespaces.count, "seed \(seed): \(namespaces.sorted())")
      #expect(Set(nodePorts).count == nodePorts.count, "seed \(seed): \(nodePorts.sorted())")
    }
  }

  @Test func percentagesAddUpToOneHundred() {
    for seed in UInt64(1)...10 {
      for count in [1, 3, 7, 10] {
        let paper = ExamPaper.draw(from: catalogue, count: count, seed: seed)
        #expect(paper.percentages.reduce(0, +) == 100)
        #expect(paper.percentages.allSatisfy { $0 > 0 })
      }
    }
  }

  @Test func parametersAreSubstitutedEverywhere() {
    let paper = ExamPaper.draw(from: catalogue, count: 12, seed: 7)
    for task in paper.tasks {
      let texts =
        [task.title.en, task.title.ko, task.statement.en, task.statement.ko] + task.setup
        + task.solution + task.checks.compactMap { $0.explanation?.en }
      for text in texts {
        #expect(ParameterText.names(in: text).isEmpty, "\(task.templateID): \(text)")
      }
    }
  }

  @Test func parameterTextLeavesLiveValuesForTheCluster() {
    let values = ["ns": "shop", "server.image": "nginx"]
    #expect(
      ParameterText.substituted("{{svc -n {{ns}} web .spec.clusterIP}} {{server.image}}", values)
        == "{{svc -n shop web .spec.clusterIP}} nginx")
    #expect(ParameterText.substituted("{{other}} {.items[0]}", values) == "{{other}} {.items[0]}")
    #expect(ParameterText.names(in: "{{a}} {{b.c}} {{pod app=x .status.podIP}}") == ["a", "b.c"])
  }
}
