#!/usr/bin/env bash
# Real-terminal smoke test of the reader: the release binary inside tmux, keys sent with
# send-keys, the screen read with capture-pane.
#   - the title shows; `]` focuses quote 1; `?` shows the help; Esc closes it;
#   - `q` exits with status 0 and the terminal is restored (cooked mode, main screen,
#     mouse reporting off, cursor shown);
#   - SIGTERM exits 143 and SIGQUIT 131 with the terminal restored;
#   - a missing file is one error line and exit 2;
#   - a bad config is an error naming file, line and key, and the reader does not start;
#   - $XDG_CONFIG_HOME/byline/config.toml overrides the keymap (and the help follows);
#   - a feed file opens as a list; Enter opens an item, Esc goes back, q quits;
#   - subscriptions (a feed served from 127.0.0.1, `byline add` and `byline refresh`): the
#     feeds list with counts → the items → the article → back, the count updated, q quits;
#   - a vanished terminal (its tmux server killed) ends the reader.
# Usage: tests/smoke.sh [path/to/byline]   (default: target/release/byline, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-target/release/byline}
if [ ! -x "$bin" ]; then
  cargo build --release --locked
fi
bin=$(realpath "$bin")
command -v tmux >/dev/null || { echo "smoke: tmux is not installed" >&2; exit 1; }

work=$(mktemp -d)
sock="byline-smoke-$$"
tm() { tmux -L "$sock" -f /dev/null "$@"; }
cleanup() {
  tm kill-server >/dev/null 2>&1 || true
  rm -rf "$work" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/byline-smoke-$$-"*
}
trap cleanup EXIT

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
not_ok() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  echo "----- screen -----"
  tm capture-pane -p -t smoke 2>/dev/null || true
  echo "------------------"
}

# wait_match F|E PATTERN [SECONDS]: until the pane shows PATTERN (grep -F or grep -E).
wait_match() {
  local deadline=$((SECONDS + ${3:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if tm capture-pane -p -t smoke 2>/dev/null | grep -q"$1" -- "$2"; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# wait_for PATTERN [SECONDS]: until the pane shows PATTERN (a fixed string).
wait_for() { wait_match F "$1" "${2:-10}"; }

# wait_for_re REGEX [SECONDS]: until the pane shows a match of REGEX.
wait_for_re() { wait_match E "$1" "${2:-10}"; }

# wait_gone PATTERN [SECONDS]: until the pane no longer shows PATTERN.
wait_gone() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if ! tm capture-pane -p -t smoke 2>/dev/null | grep -qF -- "$1"; then
      return 0
    fi
    sleep 0.1
  done
  return 1
}

# wait_file FILE [SECONDS]: until FILE exists and is not empty.
wait_file() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    [ -s "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

# start NAME ARGS...: run byline in a fresh 120x40 pane, its config home $work/xdg-NAME;
# afterwards the pane's shell records the exit status and the terminal state, then stays
# open so the screen can be read.
start() {
  local name=$1
  shift
  # Each run gets its own server: a killed server may still be exiting.
  tm kill-server >/dev/null 2>&1 || true
  sock="byline-smoke-$$-$name"
  cat >"$work/$name.sh" <<SCRIPT
cd '$PWD'
export XDG_CONFIG_HOME='$work/xdg-$name'
export XDG_DATA_HOME='$work/data-$name'
unset NO_COLOR
sh -c 'echo \$\$ > "$work/$name.pid"; exec "\$0" "\$@"' '$bin' $*
echo "exit=\$?" > "$work/$name.status"
stty -a > "$work/$name.stty"
sleep 60
SCRIPT
  tm new-session -d -s smoke -x 120 -y 40 "TERM=xterm-256color bash '$work/$name.sh'"
}

# wait_alternate 0|1 [SECONDS]: until the pane's alternate screen is off or on.
wait_alternate() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(tm display -p -t smoke '#{alternate_on}')" = "$1" ] && return 0
    sleep 0.1
  done
  return 1
}

# restored NAME: cooked mode, the main screen, no mouse reporting, the cursor shown.
restored() {
  local name=$1
  grep -q -- ' icanon' "$work/$name.stty" && grep -q -- ' echo ' "$work/$name.stty" || return 1
  [ "$(tm display -p -t smoke '#{alternate_on}')" = 0 ] || return 1
  [ "$(tm display -p -t smoke '#{mouse_any_flag}')" = 0 ] || return 1
  [ "$(tm display -p -t smoke '#{cursor_flag}')" = 1 ] || return 1
}

# --- The bundled sample: title, ], ?, Esc, q.
start sample
if wait_for "Putin Holds First Talks" && wait_for "Actors"; then ok "the title shows"; else not_ok "the title shows"; fi
if [ "$(tm display -p -t smoke '#{alternate_on}')" = 1 ] && [ "$(tm display -p -t smoke '#{mouse_any_flag}')" = 1 ]; then
  ok "the alternate screen and mouse reporting are on"
else
  not_ok "the alternate screen and mouse reporting are on"
fi
tm send-keys -t smoke ']'
if wait_for "quote 1/" && wait_for "▌"; then ok "] focuses quote 1"; else not_ok "] focuses quote 1"; fi
tm send-keys -t smoke '?'
if wait_for "Help — Esc closes" && wait_for "next quote"; then ok "? shows the help"; else not_ok "? shows the help"; fi
tm send-keys -t smoke Escape
if wait_gone "Help — Esc closes" && wait_for "quote 1/"; then ok "Esc closes the help"; else not_ok "Esc closes the help"; fi
tm send-keys -t smoke '?'
wait_for "Help — Esc closes" || true
tm send-keys -t smoke q
if wait_gone "Help — Esc closes" && wait_for "quote 1/"; then ok "q closes the help, not the reader"; else not_ok "q closes the help, not the reader"; fi
tm send-keys -t smoke C-l
if wait_for "quote 1/" && wait_for "Actors"; then ok "Ctrl-l repaints the screen"; else not_ok "Ctrl-l repaints the screen"; fi
tm send-keys -t smoke q
if wait_file "$work/sample.status" && grep -qx 'exit=0' "$work/sample.status"; then ok "q exits with status 0"; else not_ok "q exits with status 0 ($(cat "$work/sample.status" 2>/dev/null))"; fi
if wait_file "$work/sample.stty" && restored sample; then ok "the terminal is restored after q"; else not_ok "the terminal is restored after q"; fi

# --- The sample opened by its path shows the same date (its sidecar, seeds/*.meta).
start bypath seeds/putin-iran-israel-calls.txt
if wait_for "Putin Holds First Talks" && wait_for "2026-01-16"; then ok "the sample by path shows its date"; else not_ok "the sample by path shows its date"; fi
tm send-keys -t smoke q
wait_file "$work/bypath.status" || true

# --- Ctrl-z in a shell with job control: the shell gets the terminal, fg brings it back.
tm kill-server >/dev/null 2>&1 || true
sock="byline-smoke-$$-suspend"
tm new-session -d -s smoke -x 120 -y 40 \
  "cd '$PWD'; TERM=xterm-256color XDG_CONFIG_HOME='$work/xdg-suspend' PS1='shell> ' bash --norc --noprofile -i"
wait_for "shell>" || true
tm send-keys -t smoke "'$bin'" Enter
wait_for "Putin Holds First Talks" || true
tm send-keys -t smoke C-z
if wait_alternate 0 && wait_for "Stopped"; then
  ok "Ctrl-z stops the reader and gives the shell the terminal"
else
  not_ok "Ctrl-z stops the reader and gives the shell the terminal"
fi
tm send-keys -t smoke fg Enter
if wait_alternate 1 && wait_for "Putin Holds First Talks"; then ok "fg resumes the reader, repainted"; else not_ok "fg resumes the reader, repainted"; fi
tm send-keys -t smoke q

# --- SIGTERM and SIGQUIT restore the terminal too.
# signal_test NAME SIGNAL STATUS: the reader on the sample, stopped by SIGNAL.
signal_test() {
  start "$1"
  if wait_for "Putin Holds First Talks" && wait_file "$work/$1.pid"; then
    kill "-$2" "$(cat "$work/$1.pid")"
    if wait_file "$work/$1.status" && grep -qx "exit=$3" "$work/$1.status" && wait_file "$work/$1.stty" && restored "$1"; then
      ok "SIG$2 exits $3 with the terminal restored"
    else
      not_ok "SIG$2 exits $3 with the terminal restored ($(cat "$work/$1.status" 2>/dev/null))"
    fi
  else
    not_ok "the reader starts for the SIG$2 test"
  fi
}
signal_test term TERM 143
signal_test quit QUIT 131

# --- A missing file is one error line and exit 2, before the terminal is taken.
start missing "$work/no-such-file.txt"
if wait_file "$work/missing.status" && grep -qx 'exit=2' "$work/missing.status" \
  && wait_for "no-such-file.txt: no such file"; then
  ok "a missing file is one error line with exit 2"
else
  not_ok "a missing file is one error line with exit 2 ($(cat "$work/missing.status" 2>/dev/null))"
fi

# --- A bad config stops the reader before it starts.
printf '[keys]\ndown = ["j"]\nnext_quote = ["ctlr-n"]\n' >"$work/bad.toml"
start badconfig --config "$work/bad.toml"
if wait_file "$work/badconfig.status" && grep -qx 'exit=2' "$work/badconfig.status" \
  && wait_for "bad.toml:3: keys.next_quote: 'ctlr-n' is not a key name"; then
  ok "a bad config is an error naming file, line and key"
else
  not_ok "a bad config is an error naming file, line and key"
fi

# --- The user's config in $XDG_CONFIG_HOME: quit moved to x, and the help says so.
mkdir -p "$work/xdg-user/byline"
printf '[keys]\nquit = ["x"]\n' >"$work/xdg-user/byline/config.toml"
start user
wait_for "Putin Holds First Talks" || true
tm send-keys -t smoke '?'
if wait_for_re "x +quit"; then ok "the help shows the user's binding"; else not_ok "the help shows the user's binding"; fi
# q is no longer quit: the reader still answers ] after it.
# (Esc on its own: ESC and a key sent together read as Alt and that key.)
tm send-keys -t smoke Escape
wait_gone "Help — Esc closes" || true
tm send-keys -t smoke q ']'
if wait_for "quote 1/" && [ ! -e "$work/user.status" ]; then ok "q no longer quits"; else not_ok "q no longer quits"; fi
tm send-keys -t smoke x
if wait_file "$work/user.status" && grep -qx 'exit=0' "$work/user.status"; then
  ok "\$XDG_CONFIG_HOME/byline/config.toml rebinds quit"
else
  not_ok "\$XDG_CONFIG_HOME/byline/config.toml rebinds quit"
fi

# --- A feed file: the list, Enter opens the first item, Esc back to the list, q quits.
start feed tests/fixtures/rss2.xml
if wait_for "Items 1/2" && wait_for "Council to meet on compensation"; then ok "a feed opens as a list"; else not_ok "a feed opens as a list"; fi
tm send-keys -t smoke Enter
if wait_for "Actors" && wait_gone "Items 1/2"; then ok "Enter opens the item"; else not_ok "Enter opens the item"; fi
tm send-keys -t smoke Escape
if wait_for "Items 1/2" && [ ! -e "$work/feed.status" ]; then ok "Esc goes back to the list"; else not_ok "Esc goes back to the list"; fi
tm send-keys -t smoke q
if wait_file "$work/feed.status" && grep -qx 'exit=0' "$work/feed.status"; then ok "q in the list quits"; else not_ok "q in the list quits ($(cat "$work/feed.status" 2>/dev/null))"; fi

# --- Subscriptions: a feed served from 127.0.0.1, added and refreshed, then read.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory tests/fixtures >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done
subs_env=(env "XDG_CONFIG_HOME=$work/xdg-subs" "XDG_DATA_HOME=$work/data-subs")
"${subs_env[@]}" "$bin" add "http://127.0.0.1:$port/rss2.xml" >/dev/null
if "${subs_env[@]}" "$bin" refresh | grep -q '2 new of 2 items'; then ok "byline refresh stores the feed"; else not_ok "byline refresh stores the feed"; fi
kill "$server" 2>/dev/null || true
start subs
if wait_for "Feeds 1/1" && wait_for "The Coastal Ledger" && wait_for "2/2"; then ok "subscriptions open as the feeds list"; else not_ok "subscriptions open as the feeds list"; fi
tm send-keys -t smoke Enter
if wait_for "Items 1/2" && wait_for "Council to meet on compensation"; then ok "Enter opens the feed's items"; else not_ok "Enter opens the feed's items"; fi
tm send-keys -t smoke Enter
if wait_for "Actors" && wait_gone "Items 1/2"; then ok "Enter reads the stored item"; else not_ok "Enter reads the stored item"; fi
tm send-keys -t smoke q
wait_for "Items 1/2" || true
tm send-keys -t smoke q
if wait_for "Feeds 1/1" && wait_for "1/2"; then ok "back to the feeds list, one item read"; else not_ok "back to the feeds list, one item read"; fi
tm send-keys -t smoke q
if wait_file "$work/subs.status" && grep -qx 'exit=0' "$work/subs.status"; then ok "q in the feeds list quits"; else not_ok "q in the feeds list quits"; fi

# --- A vanished terminal (its tmux server killed) ends the reader instead of leaving it
# spinning on the dead descriptor.
start vanish
if wait_for "Putin Holds First Talks" && wait_file "$work/vanish.pid"; then
  pid=$(cat "$work/vanish.pid")
  tm kill-server >/dev/null 2>&1 || true
  gone=no
  for _ in $(seq 50); do
    state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
    case "$state" in "" | Z*) gone=yes; break ;; esac
    sleep 0.1
  done
  if [ "$gone" = yes ]; then
    ok "a vanished terminal ends the reader"
  else
    kill -9 "$pid" 2>/dev/null || true
    not_ok "a vanished terminal ends the reader"
  fi
else
  not_ok "the reader starts for the vanished-terminal test"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
