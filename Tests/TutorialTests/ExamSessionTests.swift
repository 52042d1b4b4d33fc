import ClusterSim
import Foundation
import Kubectl
import Testing
import Tutorial

/// The exam session: commands, the countdown, grading, and the record in progress.
@Suite struct ExamSessionTests {
  func samplePaper(seed: UInt64 = 1) throws -> ExamPaper {
    let catalogue = ExamTestSupport.catalogue([("sample.yaml", sampleTemplateYAML)])
    let template = try #require(catalogue.templates.first)
    var draw = ParameterDraw(seed: seed)
    var tasks: [ExamTask] = []
    for number in 1...2 {
      let values = draw.values(for: template, number: number)
      tasks.append(try #require(ExamInstantiation.task(template, values: values, number: number).0))
    }
    return ExamPaper(seed: seed, tasks: tasks, topics: catalogue.topics)
  }

  @Test func aPerfectCandidateScoresEverythingOnAFullExam() throws {
    // NB: sixteen tasks of the 32 in one cluster, for twelve seeds: every template meets many
    // neighbours, so a task whose setup or solution disturbs another shows up here.
    for seed in UInt64(1)...12 {
      let paper = ExamPaper.draw(from: ExamTestSupport.catalogue, count: 16, seed: seed)
      let report = try #require(ExamSelfTest.solved(paper))
      let failed = report.tasks.flatMap { task in
        task.checks.filter { !$0.passed }.map {
          "task \(task.number) \(task.templateID): \($0.requirement.en)"
        }
      }
      #expect(failed.isEmpty, "seed \(seed): \(failed)")
      #expect(report.score == 100)
      #expect(report.passed)
    }
  }

  @Test func aCandidateWhoDoesNothingScoresNothing() throws {
    let paper = ExamPaper.draw(from: ExamTestSupport.catalogue, count: 10, seed: 5)
    let session = ExamTestSupport.session(paper)
    session.start()
    _ = session.submit("submit")
    let response = session.submit("y")
    let report = try #require(session.report)
    #expect(report.score == 0)
    #expect(!report.passed)
    #expect(response.events.contains(.finished))
    #expect(response.text.contains("Score: 0% (pass mark 66%): not passed"))
  }

  @Test func commandsSwitchAndFlagTasksAndRefuseHints() throws {
    let session = ExamTestSupport.session(try samplePaper())
    let start = session.start()
    #expect(start.events == [.started, .taskOpened(1)])
    #expect(
      start.text.contains("Tasks (1:00:00 left):\n› 1. [50%]   Expose web\n  2. [50%]   Expose web"))
    #expect(session.view.current == 1)
    let second = session.submit("task 2")
    #expect(second.events == [.taskOpened(2)])
    #expect(second.text.contains("Task 2/2 · weight 50% · Exposing workloads with Services"))
    #expect(session.view.current == 2)
    #expect(session.submit("task 9").text == "There is no task 9: the tasks are numbered 1 to 2.\n")
    #expect(session.submit("next").text.contains("This is the last task."))
    #expect(session.submit("prev").events == [.taskOpened(1)])
    #expect(session.submit("flag").events == [.flagged(1, true)])
    #expect(session.view.tasks.map(\.isFlagged) == [true, false])
    #expect(session.submit("tasks").text.contains("› 1. [50%] ⚑ Expose web"))
    #expect(session.submit("flag 1").events == [.flagged(1, false)])
    for refused in ["hint", "solution", "solution run", "check"] {
      #expect(session.submit(refused).text.hasPrefix("There are no hints, solutions or checks"))
    }
    // `time` alone is the exam's; `time CMD` is the shell's.
    #expect(session.submit("time").text == "Time left: 1:00:00 of 1:00:00.\n")
    _ = session.submit("kubectl get ns")
    _ = session.submit("kubectl get ns")
    #expect(session.view.titleBar == "CKA practice · task 1/2 · 59:58 left")
    #expect(session.plainPrompt == "[task 1 · 59:58] user@laptop:~$ ")
  }

  @Test func submitAsksFirstAndGradesWithPartialCredit() throws {
    let paper = try samplePaper()
    let session = ExamTestSupport.session(paper)
    session.start()
    // Task 1 half done: a NodePort Service on another port.
    _ = session.submit(
      "kubectl create service nodeport web -n \(paper.tasks[0].values["ns"]!) --tcp=80:80")
    _ = session.submit("flag 2")
    _ = session.submit("kubectl get svc -A")
    let asked = session.submit("submit")
    #expect(asked.viewChanged)
    #expect(session.prompt == "Submit the exam now (1 flagged, 59:58 left)? [y/N] ")
    #expect(session.submit("n").text == "The exam goes on.\n")
    #expect(session.report == nil)
    _ = session.submit("submit")
    let graded = session.submit("y")
    let report = try #require(session.report)
    #expect(report.tasks.map(\.points) == [25, 0])
    #expect(report.score == 25)
    #expect(!report.passed)
    #expect(report.tasks[1].flagged)
    #expect(
      graded.text.contains(
        "Task 1 · Expose web · 25 of 50 points\n  ✓ Service `web` is a NodePort Service.\n  ✗ Port")
    )
    #expect(graded.text.contains("Task 2 · Expose web · 0 of 50 points ⚑"))
    // After the exam: the shell still works, nothing is graded again.
    #expect(session.submit("submit").text.contains("already over"))
    #expect(session.submit("kubectl get ns").text.contains("default"))
    #expect(session.report == report)
    #expect(session.submit("report").text.hasPrefix("Exam report\nScore: 25%"))
  }

  @Test func theTimerEndsTheExamAndALateLineIsNotRun() throws {
    let clock = ManualClock()
    let session = ExamTestSupport.session(try samplePaper(), minutes: 1, clock: clock)
    session.start()
    #expect(session.view.clock == "1:00")
    _ = session.submit("kubectl get ns")
    _ = session.submit("kubectl get ns")
    #expect(session.view.clock == "0:58")
    clock.advance(by: 58)
    let late = session.submit("kubectl create namespace late")
    #expect(late.events == [.timeUp, .finished])
    #expect(late.text.hasPrefix("Time is up: the exam is graded as it stands.\n"))
    #expect(late.text.contains("Time used: 1:00 of 1:00 (the time ran out)"))
    #expect(session.cluster.state.store.get(Namespace.self, "", "late") == nil)
    #expect(session.report?.timedOut == true)
  }

  @Test func refreshEndsTheExamWhenTheTimeRunsOut() throws {
    let clock = ManualClock()
    let session = ExamTestSupport.session(try samplePaper(), minutes: 1, clock: clock)
    session.start()
    #expect(session.refresh().events.isEmpty)
    clock.advance(by: 61)
    #expect(session.refresh().events == [.timeUp, .finished])
    #expect(session.view.isFinished)
    #expect(session.view.timeLeft == 0)
  }

  @Test func quitAsksThenGradesAndRecordsAsTheFullScreenDoes() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    let session = ExamTestSupport.session(try samplePaper(), store: store)
    session.start()
    _ = session.submit("quit")
    #expect(session.prompt == "Leave the exam now? It is graded as it stands and saved. [y/N] ")
    #expect(session.submit("n").text.contains("The exam goes on."))
    _ = session.submit("quit")
    let left = session.submit("y")
    #expect(left.quit)
    #expect(left.events.contains(.finished))
    #expect(session.report != nil)
    #expect(store.load().progress.exams.count == 1)
  }

  @Test func theAttemptIsRecordedInProgress() throws {
    let store = ProgressStore(directory: TestSupport.temporaryDirectory())
    try store.save(
      Progress(lessons: ["pod-ips": LessonProgress(completedSteps: ["create"], hintsUsed: 1)]))
    let paper = try samplePaper(seed: 9)
    let session = ExamTestSupport.session(paper, store: store)
    session.start()
    for line in paper.tasks[0].solution { _ = session.submit(line) }
    _ = session.submit("submit")
    _ = session.submit("y")
    let progress = store.load().progress
    // The lessons' progress is kept; the attempt is added.
    #expect(progress[lesson: "pod-ips"].completedSteps == ["create"])
    let record = try #require(progress.exams.first)
    #expect(progress.exams.count == 1)
    #expect(record.seed == 9)
    // The countdown began once the tasks' setup had run (10 simulated seconds).
    #expect(record.date == "2026-11-26T09:00:10Z")
    #expect(record.score == 50)
    #expect(!record.passed)
    #expect(record.minutes == 60)
    #expect(record.tasks.map(\.checksPassed) == [2, 0])
    #expect(record.tasks.map(\.template) == ["sample-nodeport", "sample-nodeport"])
  }

  @Test func theKoreanSessionSpeaksKorean() throws {
    let session = ExamTestSupport.session(try samplePaper(), language: .ko)
    let start = session.start()
    #expect(start.text.hasPrefix("kubetutor CKA 모의시험: 문제 2개, 제한 시간 60분, 합격선 66%."))
    #expect(start.text.contains("문제 1/2 · 배점 50% · 서비스로 워크로드 노출하기"))
    #expect(session.submit("flag").text.hasPrefix("⚑ 1번 문제를 표시했습니다."))
    #expect(session.plainPrompt == "[문제 1 · 1:00:00] user@laptop:~$ ")
    #expect(session.submit("lang en").text.hasPrefix("Language: English."))
    #expect(session.view.language == .en)
  }
}

/// Exam records in the progress file: older files load, merging keeps every attempt once.
@Suite struct ExamProgressTests {
  let record = ExamRecord(
    date: "2026-11-26T09:00:00Z", seed: 42, minutes: 60, secondsUsed: 2470, score: 72.5,
    passMark: 66, passed: true, timedOut: false,
    tasks: [
      ExamTaskRecord(
        template: "expose-nodeport", topic: "expose", percent: 100, checksPassed: 3,
        checksTotal: 4, flagged: false)
    ])

  @Test func aProgressFileWithoutExamsStillLoads() throws {
    let old = Data(
      """
      {"version": 1, "lessons": {"pod-ips": {"completedSteps": ["create"], "completed": false,
        "hintsUsed": 1, "solutionsUsed": 0, "secondsSpent": 95}}}
      """.utf8)
    let progress = try ProgressStore.decode(old)
    #expect(progress.exams.isEmpty)
    #expect(progress[lesson: "pod-ips"].hintsUsed == 1)
  }

  @Test func examsAreWrittenOnlyWhenThereIsOne() throws {
    let empty = String(decoding: try ProgressStore.encode(Progress()), as: UTF8.self)
    #expect(!empty.contains("exams"))
    let text = String(
      decoding: try ProgressStore.encode(Progress(exams: [record])), as: UTF8.self)
    #expect(text.contains("\"exams\" : ["))
    #expect(text.contains("\"score\" : 72.5"))
    #expect(try ProgressStore.decode(Data(text.utf8)).exams == [record])
  }

  @Test func mergingKeepsEveryAttemptOnce() {
    var later = record
    later.date = "2026-11-27T10:00:00Z"
    later.score = 90
    let here = Progress(exams: [record])
    let there = Progress(exams: [later, record])
    let merged = here.merged(with: there)
    #expect(merged.exams == [record, later])
    #expect(merged.merged(with: there) == merged)
  }
}
