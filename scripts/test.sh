#!/usr/bin/env bash
# The one command that runs every test: types, lint, unit tests, build, browser tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
	printf '\n==> %s\n' "$*"
}

step 'Chromium, rsvg-convert, Inkscape, poppler-utils, Noto Sans (for the tests)'
bash scripts/ensure-tools.sh

step 'Type check: npm run check'
npm run check

step 'Lint: npm run lint'
npm run lint

step 'Unit tests: npm run test:unit'
npm run test:unit

step 'Build: npm run build'
npm run build

step 'Build the fixture library: DEREK_DATA=tests/fixtures/library DEREK_OUT=build-library npm run build'
DEREK_DATA=tests/fixtures/library DEREK_OUT=build-library npm run build

step 'Browser tests: npm run test:browser'
npm run test:browser

step 'All tests passed'
