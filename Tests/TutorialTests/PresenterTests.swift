import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// `kubetutor present`: forward types and runs each step's solution; back returns to the
/// start of a step with the cluster exactly as it was (compared as whole ``ClusterState``
/// values: every object, IP allocator, random stream and the time).
@Suite struct PresenterTests {
  /// A presenter over the real course at lesson `id`, scripted (a manual clock).
  func presenter(_ id: String, seed: UInt64 = 1) throws -> Presenter {
    let course = TestSupport.course()
    let index = try TestSupport.index(of: id, in: course)
    let session = TutorialSession(
      lessons: course.lessons, configuration: TutorialConfiguration(seed: seed))
    session.start(lesson: index)
    return Presenter(session: session)
  }

  /// Walks the whole lesson forward, noting the cluster and the shell's place as each step
  /// begins (read from the session, not from the presenter's own snapshots).
  func walkForward(_ presenter: Presenter) -> [Int: (ClusterState, Location)] {
    let session = presenter.session
    var seen: [Int: (ClusterState, Location)] = [0: (session.cluster.state, session.shell.location)]
    var moves = 0
    while !session.isLessonComplete && moves < 200 {
      let step = session.stepIndex
      _ = presenter.forward()
      moves += 1
      if session.stepIndex != step && !session.isLessonComplete {
        seen[session.stepIndex] = (session.cluster.state, session.shell.location)
      }
    }
    return seen
  }

  @Test(arguments: ["pod-ips", "external-networking", "clusterip-in-depth"])
  func forwardThenBackRestoresEveryStepExactly(lesson: String) throws {
    let presenter = try presenter(lesson)
    let session = presenter.session
    let count = session.lesson.steps.count
    let starts = walkForward(presenter)
    #expect(session.isLessonComplete, "the presenter could not finish \(lesson)")
    #expect(starts.count == count)
    for step in stride(from: count - 1, through: 0, by: -1) {
      presenter.back()
      #expect(session.stepIndex == step)
      let (state, location) = try #require(starts[step])
      #expect(session.cluster.state == state, "step \(step + 1) of \(lesson) is not as it was")
      #expect(session.shell.location == location)
    }
    let first = presenter.back()
    #expect(session.stepIndex == 0)
    #expect(first.text.contains("This is the first step."))
  }

  /// Going back and forward again goes through the same steps to the same end.
  @Test func backThenForwardAgainCompletesTheLesson() throws {
    let presenter = try presenter("pod-ips")
    let session = presenter.session
    _ = walkForward(presenter)
    presenter.back()
    presenter.back()
    #expect(session.stepIndex == session.lesson.steps.count - 2)
    _ = walkForward(presenter)
    #expect(session.isLessonComplete)
  }

  /// In a step of several commands, back after one of them returns to the step's start;
  /// once more, to the start of the step before.
  @Test func backInTheMiddleOfAStepReturnsToItsStart() throws {
    let presenter = try presenter("pod-ips")
    let session = presenter.session
    while session.step?.solution.count ?? 0 < 2 { _ = presenter.forward() }
    let step = session.stepIndex
    let start = session.cluster.state
    let (typed, _) = presenter.forward()
    #expect(typed != nil)
    #expect(session.stepIndex == step)
    #expect(session.cluster.state != start)
    presenter.back()
    #expect(session.stepIndex == step)
    #expect(session.cluster.state == start)
    presenter.back()
    #expect(session.stepIndex == step - 1)
  }

  /// The snapshot is what makes back exact: rebuilding the step by replaying the lesson (as
  /// `prev` does) gives the same objects at another time, so the comparison above can fail.
  @Test func replayingIsNotTheSameAsRestoring() throws {
    let presenter = try presenter("pod-ips")
    let session = presenter.session
    _ = presenter.forward()
    _ = presenter.forward()
    let start = presenter.starts[1]
    _ = session.returnToStep(1, restoring: nil)
    #expect(session.cluster.state != start)
    _ = session.returnToStep(1, restoring: start)
    #expect(session.cluster.state == start)
  }

  /// Free typing counts: a command of the presenter's own in a step makes back return to
  /// that step's start.
  @Test func aTypedCommandIsUndoneByBack() throws {
    let presenter = try presenter("pod-ips")
    let session = presenter.session
    let start = session.cluster.state
    _ = presenter.submit("kubectl create deployment extra --image=httpd")
    #expect(session.stepIndex == 0)
    presenter.back()
    #expect(session.cluster.state == start)
    #expect(session.cluster.state.store.get(Deployment.self, "default", "extra") == nil)
  }

  /// The plain presenter: an empty line goes forward, `back` goes back; a script gives the
  /// same transcript every time.
  @Test func plainPresenterTranscriptRepeats() throws {
    func transcript() throws -> String {
      let presenter = try presenter("pod-ips", seed: 4)
      var lines = ["", "", "", "back", "", "kubectl get deploy", ""][...]
      var text = ""
      presenter.run(
        readLine: { lines.popFirst() }, echo: true, type: { text += $0 }, write: { text += $0 })
      return text
    }
    let first = try transcript()
    #expect(first == (try transcript()))
    #expect(
      first.contains("user@laptop:~$ kubectl create deployment web --image=nginx --replicas=3\n"))
    #expect(first.contains("Back to step 3."))
    #expect(first.contains("user@laptop:~$ kubectl get deploy\n"))
  }
}
