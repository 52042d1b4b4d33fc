#!/usr/bin/env bash
# End-to-end check of the practice exam on the full screen in a real terminal (tmux), headless.
#
# Builds kubetutor (or uses $KUBETUTOR_BIN) and takes `kubetutor exam --tasks 10 --seed 7
# --lang ko --minutes 60` as a candidate would, in a private tmux server with its progress in a
# temporary XDG_STATE_HOME, waiting for each result by polling capture-pane (no fixed sleeps):
# the task list and task 1, the countdown moving in the title bar, switching tasks with
# `task N` and with F6, flagging one, F3 refusing hints, two tasks solved by typing their model
# solutions (read from the report of the same seed in the line mode, that is from the templates
# with this exam's values), Tab completing `submit`, the y/N question, the report with the
# score those two tasks are worth, scrolling it, F10, and `kubetutor exam --history` listing
# the attempt. Every captured row must be exactly the pane's width, at 100x30, 120x40 and
# 80x24. Then: F10 while the exam runs asks first and grades what stands; SIGTERM records the
# attempt too; TERM=dumb falls back to the line mode.
set -euo pipefail
cd "$(dirname "$0")/../.."

name=exam-e2e
sock=kubetutor-exam-e2e
target=exam
source Tests/tmux/lib.sh
title() { screen | sed -n 1p; }
title_has() { title | grep -qF -- "$1"; }

state="$work/state"
exam_args=(exam --tasks 10 --seed 7 --lang ko --minutes 60 --lessons "$PWD/Lessons")
# The pane runs kubetutor and then says how it ended.
run_exam() {  # run_exam SESSION WIDTH HEIGHT [ENV...]
  target=$1
  local width=$2 height=$3
  shift 3
  t new-session -d -s "$target" -x "$width" -y "$height" \
    "ulimit -c 0; env HOME='$work/home' XDG_STATE_HOME='$state' XDG_DATA_HOME='$work/data' \
      LANG=ko_KR.UTF-8 $* '$bin' ${exam_args[*]}; echo EXIT=\$?; sleep 120"
}
exams_recorded() {
  python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1])).get("exams", [])))' \
    "$state/kubetutor/progress.json" 2>/dev/null || echo 0
}

# The two tasks solved, and what they are worth: the model solutions and shares of seed 7,
# read from the line mode's report of the same exam (the templates with this exam's values).
solved=(7 8)
report=$(printf 'submit\ny\n' | XDG_STATE_HOME="$work/plain" "$bin" exam --plain --tasks 10 --seed 7 \
  --lang en --minutes 60 --lessons "$PWD/Lessons")
solution() {  # solution N: the model solution's lines of task N
  echo "$report" | awk -v n="$1" '
    $0 ~ "^Task " n " · " { inside = 1; next }
    inside && /^  Model solution:/ { reading = 1; next }
    reading && /^    / { print substr($0, 5); next }
    reading { exit }'
}
share() {  # share N: the points task N is worth
  echo "$report" | sed -n "s/^Task $1 · .* · 0 of \([0-9]*\) points.*/\1/p"
}
expected=0
for n in "${solved[@]}"; do
  [ -n "$(solution "$n")" ] || { echo "exam-e2e: no model solution for task $n"; exit 1; }
  [ "$(solution "$n" | wc -l)" = 1 ] || { echo "exam-e2e: task $n's solution is not one line"; exit 1; }
  expected=$((expected + $(share "$n")))
done

run_exam exam 100 30
wait_for "the exam opens in Korean with task 1" title_has 'CKA 모의시험 · 문제 1/10 · 시드 7'
wait_for "the title bar counts down from 60 minutes" shows_re '남은 시간 (1:00:00|59:[0-9][0-9]) ─ 한국어'
wait_for "the task pane opens on task 1" shows '│ 문제 1 · '
wait_for "the welcome gives the exam's size and pass mark" shows '문제 10개, 제한 시간 60분, 합격선 66%'
wait_for "every row is 100 columns" rows_are 100 30
first=$(title | grep -oE '남은 시간 [0-9:]+')
wait_for "the countdown moves" eval '! title_has "$first"'

type_line 'task 3'
wait_for "task 3 opens" title_has '문제 3/10'
wait_for "the pane shows task 3's heading" shows '│ 문제 3 · '
keys F6
wait_for "F6 lists the tasks with their weights" shows '┌ 문제 목록 '
wait_for "the open task is marked in the list" shows_re '▸ +3\. \[ ?[0-9]+%\]'
keys Down Enter
wait_for "Enter in the list opens task 4" title_has '문제 4/10'
wait_for "the list is closed" hides '┌ 문제 목록 '
type_line 'flag'
wait_for "flag marks task 4" shows '⚑ 4번 문제를 표시했습니다.'
wait_for "the pane's heading shows the flag" shows_re '│ 문제 4 · .* ⚑'
keys F6
wait_for "the list shows the flag" shows_re '4\. \[ ?[0-9]+%\] ⚑'
keys Escape
keys F3
wait_for "F3 says there are no hints during the exam" shows '시험 중에는 힌트, 모범 풀이, 채점이 없습니다.'

t resize-window -t "$target" -x 120 -y 40
wait_for "at 120x40 the task pane sits beside the terminal" eval "title | grep -qF '┬'"
wait_for "the whole task list is in the pane" shows '│ 문제 목록 '
wait_for "the list marks tasks not opened yet" shows_re '│ ○ +10\. \['
wait_for "every row is 120 columns" rows_are 120 40

for n in "${solved[@]}"; do
  type_line "task $n"
  wait_for "task $n opens" title_has "문제 $n/10"
  type_line "$(solution "$n")"
done
wait_for "the first model solution ran" shows 'service/help-center-svc exposed'
wait_for "the second model solution ran" shows 'service/console patched'

text 'sub'; keys Tab
wait_for "Tab completes submit" shows 'user@laptop:~$ submit '
keys Enter
wait_for "submit asks first, with the flags and the time left" shows_re '지금 제출할까요\? \(표시한 문제 1개, 남은 시간 [0-9:]+\) \[y/N\]'
type_line 'y'
wait_for "the report opens in the pane" shows '│ 시험 결과 '
wait_for "the report has the score of the two tasks solved" shows "점수: ${expected}% (합격선 66%): 불합격"
wait_for "the title bar shows the score" title_has "점수 ${expected}% ─ 한국어"
wait_for "the terminal pane sums it up" shows "점수 ${expected}% (합격선 66%): 불합격."
wait_for "a task's failed requirement is marked" shows '│ ✗ '
wait_for "every row is 120 columns with the report" rows_are 120 40
# Shift-PgDn a page at a time until task 7's result is in view (at most 20 pages).
scrolled_to() {  # scrolled_to TEXT
  for _ in $(seq 20); do
    for _ in $(seq 20); do shows "$1" && return 0; sleep 0.05; done
    keys S-NPage
  done
  return 1
}
wait_for "Shift-PgDn scrolls the report to task 7's result" scrolled_to '│ 문제 7 · '
wait_for "the pane shows it is scrolled" shows '▲│'

wait_for "task 7's requirements held" shows_re '│ ✓ .*help-center-svc'
t resize-window -t "$target" -x 80 -y 24
wait_for "at 80x24 the report is above the terminal" eval "! title | grep -qF '┬'"
wait_for "every row is 80 columns with the report" rows_are 80 24
type_line 'report'
wait_for "report shows the report from its top" shows '│ 시험 결과 '
keys F10
wait_for "F10 after the exam leaves at once" shows 'EXIT=0'
[ "$(exams_recorded)" = 1 ] || fail "the attempt was not recorded in $state/kubetutor/progress.json"
ok "the attempt is in the progress file"

t new-session -d -s history -x 100 -y 10 \
  "env XDG_STATE_HOME='$state' '$bin' exam --history --lang ko; sleep 120"
target=history
wait_for "exam --history lists the attempt" shows_re "시드 7  문제 10개  ${expected}%  불합격"

# Leaving a running exam asks first, then grades it as it stands and records it.
run_exam leave 100 30
wait_for "a second exam opens" title_has '문제 1/10'
type_line "$(solution 7 | sed 's/^kubectl/k/')"
wait_for "task 7's solution runs with the k alias" shows 'service/help-center-svc exposed'
keys F10
wait_for "F10 asks before leaving a running exam" shows '지금 시험을 끝내고 나갈까요?'
keys n
wait_for "n keeps the exam going" hides '지금 시험을 끝내고 나갈까요?'
keys F10
wait_for "F10 asks again" shows '지금 시험을 끝내고 나갈까요?'
keys y
wait_for "leaving grades the exam as it stands" shows "나갈 때의 상태 그대로 채점했습니다. $(share 7)% (합격선 66%)"
wait_for "and kubetutor ends with status 0" shows 'EXIT=0'
[ "$(exams_recorded)" = 2 ] || fail "leaving did not record the attempt"
ok "leaving recorded the attempt"

# A SIGTERM while the exam runs records it too.
run_exam term 100 30
wait_for "a third exam opens" title_has '문제 1/10'
pane=$(t display -p -t "$target" '#{pane_pid}')
child=$(ps -o pid= --ppid "$pane" | tr -d ' ' | head -1)
[ -n "$child" ] || fail "no kubetutor process under the pane"
kill -TERM "$child"
wait_for "SIGTERM ends the exam (status 143)" shows 'EXIT=143'
[ "$(exams_recorded)" = 3 ] || fail "SIGTERM did not record the attempt"
ok "SIGTERM recorded the attempt"

# Where the full screen cannot start, the exam goes on in the line mode.
run_exam dumb 100 30 TERM=dumb
wait_for "TERM=dumb falls back to the line mode" shows_ever 'TERM=dumb cannot show the full screen'
wait_for "the line mode's prompt has the task and the time" shows_re '\[문제 1 · (1:00:00|59:[0-9][0-9])\] user@laptop:~\$'
type_line 'quit'
wait_for "the line mode asks before leaving" shows '지금 시험을 끝내고 나갈까요? 지금 상태 그대로 채점해 기록합니다.'
type_line 'y'
wait_for "the line mode quits with status 0" shows 'EXIT=0'
[ "$(exams_recorded)" = 4 ] || fail "quit in the line mode did not record the attempt"
ok "quit in the line mode graded and recorded the attempt, as F10 does"

echo "tmux exam e2e: $passed passed, 0 failed"
