#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with starting inputs from the repository's own pages:
# docs-input/, tests/lint/ and tests/pages/ for the page targets, their JSON code blocks
# for `json`, and the saved regression inputs of every target.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
pages() { find "$root/docs-input" "$root/tests/lint" "$root/tests/pages" -type f \( -name '*.md' -o -name '*.txt' \) -size -200k; }
for target in markdown text lint json; do
  mkdir -p "$here/corpus/$target"
  if [ -d "$here/regressions/$target" ]; then cp "$here/regressions/$target"/* "$here/corpus/$target/" 2>/dev/null || true; fi
done
pages | while read -r f; do
  name="$(echo "$f" | sed "s|$root/||; s|/|_|g")"
  cp "$f" "$here/corpus/markdown/$name"
  cp "$f" "$here/corpus/text/$name"
  cp "$f" "$here/corpus/lint/$name"
  # each ```json block of the page, one input each
  awk -v out="$here/corpus/json/$name" '
    /^ *```/ { if (inside) { inside = 0; close(file) } else if ($0 ~ /json/) { inside = 1; n++; file = out "." n } next }
    inside { print > file }
  ' "$f"
done
echo "corpus: $(for t in markdown text lint json; do printf '%s %s  ' "$t" "$(ls "$here/corpus/$t" | wc -l)"; done)"
