#!/usr/bin/env bash
# Builds the sample site (Content/) with the release binary into a scratch folder and takes the screenshots of
# docs/screenshots/ from it: home, article, entity, directory and briefing, each desktop, mobile and dark.
# Usage: scripts/screenshots.sh [SITE]   (SITE: another site folder to build and photograph instead)
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:-.}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/release/mujaz build --root "$site" --output "$out/Public" --base-url http://127.0.0.1/ >/dev/null
python3 scripts/screenshots.py "$out/Public" docs/screenshots
