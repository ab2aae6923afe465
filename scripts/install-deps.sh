#!/usr/bin/env bash
# Installs the system packages Mujaz needs, only when they are missing: the libraries it links against, and
# with --test also what the tests run (nginx, which checks the server configuration README.md gives).
# usage: scripts/install-deps.sh [--test]
set -euo pipefail
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
[[ ${1:-} == --test ]] && packages+=(nginx-light)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
