#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the browser tests (*BrowserIT), when missing.
# Idempotent: does nothing when both binaries are there. Run by `./mvnw -Pproduction verify`
# before the integration tests; nothing is downloaded from outside Debian's package archive.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  echo "chromium and chromedriver present: $("$DRIVER" --version 2>/dev/null | head -1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The browser tests need $CHROMIUM and $DRIVER (Debian packages chromium, chromium-driver);" >&2
  echo "this machine has no apt-get: install them by hand." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo -n"
else
  echo "Installing chromium needs root or sudo: run 'apt-get install -y chromium chromium-driver' as root." >&2
  exit 1
fi

echo "Installing chromium and chromium-driver with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium chromium-driver
"$DRIVER" --version
