#!/usr/bin/env bash
# Makes sure the Debian programs the tests use are installed, with apt-get when one is missing:
# Chromium (browser tests and printing), librsvg's rsvg-convert and Inkscape (exported SVGs as
# other programs draw them), poppler's pdftotext/pdffonts/pdfimages (reading PDFs back) and
# Noto Sans (so those programs draw with the font the files name first) and DejaVu Sans (the
# widest fallback the files name: exported SVGs are drawn with it alone too).
# Idempotent: when everything is there this only prints versions.
set -euo pipefail

# What must exist, and the Debian package that provides it.
NEEDS=(
	/usr/bin/chromium:chromium
	/usr/bin/rsvg-convert:librsvg2-bin
	/usr/bin/inkscape:inkscape
	/usr/bin/pdftotext:poppler-utils
	/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf:fonts-noto-core
	/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf:fonts-dejavu-core
)

missing=()
for need in "${NEEDS[@]}"; do
	[ -e "${need%%:*}" ] || missing+=("${need##*:}")
done

if [ "${#missing[@]}" -gt 0 ]; then
	echo "derek: installing ${missing[*]} (apt-get)"
	SUDO=()
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1; then
			SUDO=(sudo)
		else
			echo "derek: ${missing[*]} missing and we are not root (and there is no sudo)" >&2
			exit 1
		fi
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${SUDO[@]}" apt-get update
	"${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

/usr/bin/chromium --version
rsvg-convert --version
inkscape --version 2>/dev/null
# head would close the pipe early and, under pipefail, fail the script with SIGPIPE (141).
pdftotext -v 2>&1 | sed -n 1p
