#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium, for the browser tests.
# Idempotent: when it is already there this only prints its version.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
	echo "derek: installing Debian's chromium (apt-get)"
	SUDO=()
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1; then
			SUDO=(sudo)
		else
			echo "derek: $CHROMIUM is missing and we are not root (and there is no sudo)" >&2
			exit 1
		fi
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${SUDO[@]}" apt-get update
	"${SUDO[@]}" apt-get install -y --no-install-recommends chromium
fi

"$CHROMIUM" --version
