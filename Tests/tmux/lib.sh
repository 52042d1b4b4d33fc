# What the tmux scripts share: the binary, a private tmux server, and polling helpers.
#
# A script sets `name` (for messages), `sock` (its tmux server), `target` (its first session)
# and, if its waits need longer, `polls` (tries of 0.05 s, default 200); then it sources this
# file from the repository's root. The script's own helpers follow.

if [ -z "${KUBETUTOR_BIN:-}" ]; then
  if ! log=$(swift build --product kubetutor 2>&1); then
    echo "$log" | tail -30
    echo "$name: swift build failed"
    exit 1
  fi
  KUBETUTOR_BIN="$PWD/.build/debug/kubetutor"
fi
bin=$(realpath "$KUBETUTOR_BIN")
command -v tmux >/dev/null || { echo "$name: tmux is missing"; exit 1; }

work=$(mktemp -d)
t() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() { t kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
t kill-server 2>/dev/null || true

passed=0
screen() { t capture-pane -p -t "$target"; }
fail() { echo "$name FAIL: $*"; echo "--- screen ---"; screen || true; echo "--------------"; exit 1; }
ok() { passed=$((passed + 1)); echo "ok $passed - $*"; }
# Poll until a condition holds: $polls x 0.05 s at most, robust on a loaded machine.
wait_for() {  # wait_for DESCRIPTION COMMAND...
  local what=$1; shift
  for _ in $(seq "${polls:-200}"); do "$@" && { ok "$what"; return 0; }; sleep 0.05; done
  fail "$what"
}
shows() { screen | grep -qF -- "$1"; }
shows_re() { screen | grep -qE -- "$1"; }
hides() { ! screen | grep -qF -- "$1"; }
shows_ever() { t capture-pane -p -S -500 -t "$target" | grep -qF -- "$1"; }   # scrolled off too
keys() { t send-keys -t "$target" "$@"; }
text() { t send-keys -t "$target" -l "$1"; }   # -l: literal UTF-8; flags go before the keys
type_line() { text "$1"; keys Enter; }
# Every captured row must be exactly $1 columns (East Asian W/F count 2, combining marks 0),
# and there must be $2 rows.
rows_are() {
  screen | python3 -c '
import sys, unicodedata as u
w = lambda c: 0 if u.combining(c) else 2 if u.east_asian_width(c) in "WF" else 1
rows = sys.stdin.read().split("\n")[:-1]
bad = [(i, sum(map(w, r))) for i, r in enumerate(rows) if sum(map(w, r)) != int(sys.argv[1])]
sys.exit(0 if len(rows) == int(sys.argv[2]) and not bad else 1)' "$1" "$2"
}
