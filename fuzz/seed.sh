#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with starting inputs made from tests/fixtures/ and seeds/:
# each file copied behind the small header its target reads (see fuzz/README.md).
# The corpus is git-ignored; libFuzzer adds what it finds next to these.
#
#   fuzz/seed.sh                 # all targets
#   fuzz/seed.sh analyze render  # just these
set -euo pipefail

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$fuzz_dir")
corpus="$fuzz_dir/corpus"

mapfile -t files < <(find "$root/tests/fixtures" "$root/seeds" -type f | sort)
if [ "${#files[@]}" -eq 0 ]; then
    echo "seed.sh: no files in tests/fixtures/ or seeds/" >&2
    exit 1
fi

# seed TARGET NAME HEADER FILE: writes HEADER (printf escapes) then FILE's bytes.
seed() {
    mkdir -p "$corpus/$1"
    { printf "$3"; cat "$4"; } > "$corpus/$1/$2"
}

# A corpus file name: the file's path under the repository, / turned into _.
label() {
    local rel=${1#"$root"/}
    echo "${rel//\//_}"
}

# The load_bytes name byte for a file's extension (0 .txt, 1 .html, 2 .md, 3 .rss,
# 4 .atom, 5 .json, 6 .xml; 7, standard input, sniffs the content).
name_byte() {
    case "${1##*.}" in
        txt) echo '\x00' ;;
        html | htm) echo '\x01' ;;
        md) echo '\x02' ;;
        rss) echo '\x03' ;;
        atom) echo '\x04' ;;
        json) echo '\x05' ;;
        xml | rdf) echo '\x06' ;;
        *) echo '\x07' ;;
    esac
}

targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(analyze load_bytes render)

for target in "${targets[@]}"; do
    for f in "${files[@]}"; do
        l=$(label "$f")
        case "$target" in
            analyze)
                seed analyze "undated-$l" '\x00' "$f"
                # Published 2026-01-16, first line as title.
                seed analyze "dated-$l" '\x03\xe9\x07\x0f' "$f"
                ;;
            load_bytes)
                seed load_bytes "named-$l" "$(name_byte "$f")" "$f"
                seed load_bytes "stdin-$l" '\x07' "$f"
                ;;
            render)
                # 80x24, no actions.
                seed render "80x24-$l" '\x4f\x17\x00' "$f"
                # 120x40: next quote, next mention, page down, help, close.
                seed render "120x40-$l" '\x77\x27\x05\x00\x02\x08\x10\x11' "$f"
                # 50x20: focus actors, down, activate, toggle sidebar, resize to 100x30, search "e".
                seed render "50x20-$l" '\x31\x13\x08\x0c\x04\x0e\x12\xbc\x15\x36\x18' "$f"
                ;;
            *)
                echo "seed.sh: unknown target $target (analyze, load_bytes, render)" >&2
                exit 1
                ;;
        esac
    done
    echo "$target: $(find "$corpus/$target" -type f | wc -l) files in ${corpus#"$root"/}/$target"
done
