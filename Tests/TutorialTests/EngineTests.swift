import ClusterSim
import Kubectl
import Testing
import Tutorial

/// The step engine: automatic completion, hints, solutions, navigation, undo and reset.
@Suite struct EngineTests {
  func sample(language: Language = .en) throws -> TutorialSession {
    let lesson = try #require(TestSupport.lesson(sampleLessonYAML))
    let session = TestSupport.session([lesson], language: language)
    session.start(lesson: 0)
    return session
  }

  @Test func aCommandThatSatisfiesTheChecksCompletesTheStep() throws {
    let session = try sample()
    let nothing = session.submit("kubectl get pods")
    #expect(nothing.events.isEmpty)
    #expect(session.stepIndex == 0)
    let response = session.submit("kubectl create deployment web --image=nginx")
    #expect(response.events == [.stepCompleted(1), .stepStarted(2)])
    #expect(response.text.contains("✓ Step 1/3 done.\nCreated.\n"))
    #expect(response.text.contains("Step 2/3\nScale `web` to 4"))
    #expect(response.lessonChanged)
    #expect(session.view.success.map { PlainRendering.text($0) } == "Created.")
  }

  @Test func hintsComeOneAtATime() throws {
    let session = try sample()
    #expect(session.submit("hint").text == "Hint 1/2:\nFirst hint.\n")
    #expect(session.submit("hint").text == "Hint 2/2:\nSecond hint.\n")
    #expect(
      session.submit("hint").text
        == "No more hints for this step. `solution` shows the answer.\nWhat is still missing: No deployment web.\n"
    )
    #expect(session.view.hints.count == 2)
    #expect(session.progress[lesson: "sample"].hintsUsed == 2)
  }

  @Test func theSolutionAsksFirst() throws {
    let session = try sample()
    #expect(session.submit("solution").text.isEmpty)
    #expect(session.prompt == "Show the solution for step 1? [y/N] ")
    #expect(session.submit("n").text == "Solution not shown.\n")
    #expect(session.progress[lesson: "sample"].solutionsUsed == 0)
    _ = session.submit("solution")
    let shown = session.submit("y")
    #expect(
      shown.text.contains(
        "Solution:\n    kubectl create deployment web --image=nginx --replicas=2\n"))
    #expect(shown.events == [.solutionShown])
    #expect(session.view.solution == ["kubectl create deployment web --image=nginx --replicas=2"])
    #expect(session.prompt == "user@laptop:~$ ")
    #expect(session.progress[lesson: "sample"].solutionsUsed == 1)
  }

  @Test func solutionRunReplaysIt() throws {
    let session = try sample()
    let response = session.submit("solution run")
    #expect(
      response.text.hasPrefix(
        "Running the solution:\nuser@laptop:~$ kubectl create deployment web --image=nginx --replicas=2\ndeployment.apps/web created\n✓ Step 1/3 done."
      ))
    #expect(session.stepIndex == 1)
  }

  @Test func functionKeysPerformCommands() throws {
    let session = try sample()
    #expect(session.perform(.hint).events == [.hintShown(1)])
    _ = session.perform(.solution(run: false))
    #expect(session.isAskingQuestion)
    #expect(session.view.pendingQuestion == "Show the solution for step 1? [y/N] ")
    // Another key drops the question.
    _ = session.perform(.language("ko"))
    #expect(!session.isAskingQuestion)
    #expect(session.view.hints.count == 1)
  }

  @Test func restrictedCommandsAreRefusedAndChangeNothing() throws {
    let session = try sample()
    _ = session.submit("kubectl create deployment web --image=nginx")
    let before = session.cluster.state.store.get(Deployment.self, "default", "web")?.spec.replicas
    let refused = session.submit("k scale deploy web --replicas=4")
    #expect(refused.events == [.commandRefused])
    #expect(
      refused.text
        == "`kubectl scale` is turned off in this step, so that you practise another way. It was not run.\nUse patch here.\n"
    )
    #expect(
      session.cluster.state.store.get(Deployment.self, "default", "web")?.spec.replicas == before)
    #expect(session.stepIndex == 1)
    let patched = session.submit(#"kubectl patch deployment web -p '{"spec":{"replicas":4}}'"#)
    #expect(patched.events.contains(.stepCompleted(2)))
  }

  @Test func undoRestoresTheClusterAndTheStep() throws {
    let session = try sample()
    let fresh = session.cluster.state
    _ = session.submit("kubectl create deployment web --image=nginx")
    #expect(session.stepIndex == 1)
    let undone = session.submit("undo")
    #expect(undone.text.hasPrefix("Undone: `kubectl create deployment web --image=nginx`."))
    #expect(session.stepIndex == 0)
    #expect(session.cluster.state == fresh)
    #expect(session.cluster.clock.now == fresh.now)
    #expect(session.submit("undo").text == "Nothing to undo.\n")
    // The same command again gives the same names: the cluster's random streams came back too.
    _ = session.submit("kubectl create deployment web --image=nginx")
    #expect(session.stepIndex == 1)
  }

  @Test func resetRebuildsTheStepsStartingState() throws {
    let session = try sample()
    _ = session.submit("kubectl create deployment web --image=nginx --replicas=2")
    let expected = Set(session.cluster.state.store.list(Pod.self, in: "default").map(\.name))
    _ = session.submit("kubectl create deployment api --image=httpd")
    _ = session.submit("kubectl delete deployment web")
    let response = session.submit("reset")
    #expect(response.text.hasPrefix("Step 2 starts over"))
    #expect(response.events.contains(.clusterRestored))
    #expect(session.stepIndex == 1)
    #expect(session.cluster.state.store.get(Deployment.self, "default", "api") == nil)
    // The solution of step 1 was replayed: the same deployment, the same pod names.
    #expect(Set(session.cluster.state.store.list(Pod.self, in: "default").map(\.name)) == expected)
    #expect(session.submit("undo").text == "Nothing to undo.\n")
  }

  @Test func nextSkipsByApplyingTheSolutionAndPrevGoesBack() throws {
    let session = try sample()
    let skipped = session.submit("next")
    #expect(
      skipped.text.hasPrefix(
        "Skipped step 1. Its solution was applied so that the next steps work:\n    kubectl create deployment web --image=nginx --replicas=2\n"
      ))
    #expect(session.stepIndex == 1)
    #expect(session.cluster.state.store.get(Deployment.self, "default", "web") != nil)
    #expect(session.progress[lesson: "sample"].completedSteps.isEmpty)
    let back = session.submit("prev")
    #expect(back.text.hasPrefix("Back to step 1."))
    #expect(session.stepIndex == 0)
    #expect(session.cluster.state.store.get(Deployment.self, "default", "web") == nil)
    #expect(session.submit("prev").text == "This is the first step.\n")
  }

  @Test func quizAnswersAndLessonComplete() throws {
    let session = try sample()
    _ = session.submit("kubectl create deployment web --image=nginx")
    _ = session.submit(#"kubectl patch deployment web -p '{"spec":{"replicas":4}}'"#)
    #expect(session.view.quiz?.choices.count == 2)
    // A hint before any answer gives nothing away, not the wrong answer's explanation.
    let hint = session.submit("hint").text
    #expect(!hint.contains("It was two."))
    #expect(hint.hasPrefix("This step has no hints."))
    #expect(session.submit("answer").text == "Usage: answer N, with the number of your choice.\n")
    #expect(session.submit("answer 5").text == "Choose a number from 1 to 2.\n")
    #expect(session.submit("answer 1").text == "Not quite.\nIt was two.\n")
    let done = session.submit("answer 2")
    #expect(done.events == [.stepCompleted(3), .lessonCompleted("sample")])
    #expect(
      done.text.contains(
        "Lesson complete: Sample\nSteps done: 3 of 3. Hints used: 0. Solutions shown: 0. Time: about 1 min.\n"
      ))
    #expect(done.text.contains("You used kubectl create deployment and kubectl patch.") || done.text.contains("You used `kubectl create deployment` and `kubectl patch`."))
    #expect(session.view.recap != nil)
    #expect(session.isLessonComplete)
    #expect(session.view.isComplete)
    #expect(session.progress[lesson: "sample"].completed)
    #expect(session.submit("hint").text.hasPrefix("This lesson is complete"))
    #expect(session.submit("answer 2").text.hasPrefix("This lesson is complete"))
  }

  @Test func resumePicksUpAtTheFirstStepNotDone() throws {
    let lesson = try #require(TestSupport.lesson(sampleLessonYAML))
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    let first = TestSupport.session([lesson], store: store)
    first.start(lesson: 0)
    _ = first.submit("kubectl create deployment web --image=nginx")
    #expect(first.stepIndex == 1)
    _ = first.submit("quit")
    // A new session with the saved progress comes back at step 2, the deployment rebuilt.
    let again = TestSupport.session([lesson], store: store)
    let opening = again.resume(lesson: 0)
    #expect(again.stepIndex == 1)
    #expect(opening.text.contains("picking up at step 2"))
    #expect(again.cluster.state.store.get(Deployment.self, "default", "web") != nil)
    // Nothing done yet: resume is start.
    let fresh = TestSupport.session([lesson])
    _ = fresh.resume(lesson: 0)
    #expect(fresh.stepIndex == 0)
  }

  @Test func answerOutsideAQuiz() throws {
    let session = try sample()
    #expect(session.submit("answer 1").text == "This step has no question to answer.\n")
  }

  @Test func checkExplainsWhatIsMissing() throws {
    let session = try sample()
    #expect(session.submit("check").text == "Not done yet:\n- No deployment web.\n")
  }

  @Test func languageSwitchesAtAnyTime() throws {
    let session = try sample()
    let response = session.submit("lang ko")
    #expect(response.events == [.languageChanged(.ko)])
    #expect(response.text.hasPrefix("언어: 한국어.\n\n1/3 단계\n디플로이먼트 `web`을 만드세요."))
    #expect(session.shell.language == .ko)
    #expect(session.view.title == "예제")
    #expect(session.submit("hint").text == "힌트 1/2:\n첫 번째 힌트.\n")
    #expect(session.submit("lang fr").text == "사용법: lang ko 또는 lang en\n")
    _ = session.submit("lang en")
    #expect(session.language == .en)
  }

  @Test func lessonsAndLessonN() throws {
    let course = TestSupport.course()
    let podIPs = try TestSupport.index(of: "pod-ips", in: course)
    let external = try TestSupport.index(of: "external-networking", in: course)
    let session = TestSupport.session(course.lessons)
    session.start(lesson: podIPs)
    // The list numbers the lessons as the course does (their order, from 0) and marks the
    // current one.
    let number = { (index: Int) in course.lessons[index].order }
    let last = course.lessons.map(\.order).max()!
    let list = session.submit("lessons").text
    #expect(list.hasPrefix("Lessons:\n"))
    #expect(list.hasSuffix("`lesson N` starts lesson N.\n"))
    #expect(list.contains("› \(number(podIPs)). · Why pod IPs change (0/\(course.lessons[podIPs].steps.count) steps)\n"))
    let externalTitle = course.lessons[external].title[.en]
    let steps = course.lessons[external].steps.count
    #expect(list.contains("  \(number(external)). · \(externalTitle) (0/\(steps) steps)\n"))
    #expect(list.split(separator: "\n").count == course.lessons.count + 2)
    // `lesson N` by number.
    let byNumber = session.submit("lesson \(number(external))")
    #expect(byNumber.events.first == .clusterRestored)
    #expect(byNumber.events.contains(.lessonStarted("external-networking")))
    #expect(
      byNumber.text.hasPrefix(
        "Lesson \(number(external))/\(last): \(externalTitle)\n"))
    #expect(session.lessonIndex == external)
    // The setup ran silently and the pod is Ready.
    let pods = session.cluster.state.store.list(Pod.self, in: "default")
    #expect(pods.count == 1 && pods.allSatisfy { $0.isReady })
    #expect(session.shell.history.isEmpty)
    // `lesson ID` by id.
    #expect(session.submit("lesson pod-ips").events.contains(.lessonStarted("pod-ips")))
    #expect(session.lessonIndex == podIPs)
    let beyond = last + 1
    #expect(session.submit("lesson \(beyond)").text == "There is no lesson '\(beyond)'. `lessons` lists them.\n")
  }

  @Test func helpListsEveryTutorialCommand() throws {
    let session = try sample()
    let text = session.submit("help").text
    for command in [
      "hint", "solution", "check", "answer", "next", "prev", "reset", "undo", "lessons", "lang", "notes",
      "quit",
    ] {
      #expect(text.contains("\n  \(command)"), "help lacks \(command)")
    }
    #expect(text.contains("kubectl"))
    #expect(session.submit("quit").quit)
  }

  @Test func hereDocumentsNeedMoreInput() throws {
    let session = try sample()
    #expect(session.needsMoreInput("cat > a.yaml <<EOF"))
    #expect(!session.needsMoreInput("hint"))
  }

  @Test func theClockMovesTwoSecondsPerCommand() throws {
    let session = try sample()
    let start = session.cluster.clock.now
    _ = session.submit("kubectl get pods")
    _ = session.submit("kubectl get pods")
    _ = session.submit("hint")
    #expect(session.cluster.clock.now.since(start) == 2)
  }

  @Test func refreshCompletesAStepThatWaitsForTime() throws {
    let yaml = """
      id: wait
      order: 1
      title: {en: Wait, ko: 기다림}
      summary: {en: S, ko: 요약}
      steps:
        - text: {en: Run a pod and wait., ko: 파드를 실행하고 기다리세요.}
          solution: kubectl run one --image=nginx
          checks:
            - field: {kind: pod, name: one, path: .status.phase, equals: Running}
              explain: {en: Not running., ko: 실행 중이 아닙니다.}
      """
    let lesson = try #require(TestSupport.lesson(yaml))
    let session = TestSupport.session([lesson])
    session.start(lesson: 0)
    _ = session.submit("kubectl run one --image=nginx")
    #expect(session.stepIndex == 0)
    var completed = false
    for _ in 0..<10 where !completed {
      completed = session.wait(seconds: 2).events.contains(.stepCompleted(1))
    }
    #expect(completed)
  }
}
