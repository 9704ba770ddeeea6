#!/usr/bin/env bash
# The Debian packages News Lens' tests need, beyond Node 20: Chromium (the panel and UI tests, with
# fonts for readable screenshots), ripgrep and the build tools and libraries that code-server's
# native modules compile against (code-server itself installs into .cache on demand).
# Run as root, or it re-runs itself through sudo.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then exec sudo "$0" "$@"; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-liberation ripgrep python3 make g++ pkg-config \
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
