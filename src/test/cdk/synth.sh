#!/usr/bin/env bash
# Installs the pinned CDK packages and synthesises the design-import fixtures into
# src/test/resources/design/cdk/*.template.json (committed, so the tests need no node).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../resources/design/cdk"
cd "$here"
npm install --no-audit --no-fund --loglevel=error
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
node app.js "$out"
mkdir -p "$target"
for f in "$out"/*.template.json; do
  cp "$f" "$target/"
  echo "wrote $target/$(basename "$f")"
done
