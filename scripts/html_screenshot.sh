#!/usr/bin/env bash
# Renders the HTML report of the README's example case in headless Chromium (Debian's
# `chromium` package) and writes docs/images/laporan-html.png, with every explanation open.
# Usage: scripts/html_screenshot.sh [NETRA]   (default .build/release/netra)
set -euo pipefail
cd "$(dirname "$0")/.."
netra="${1:-.build/release/netra}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$netra" eval rulesets/netralitas rulesets/netralitas/cases/kontrak-yogyakarta-pns-menyukai-unggahan-paslon.json \
  --format html --explain > "$work/laporan.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1500 \
  --screenshot="$work/laporan.png" "file://$work/laporan.html" 2>/dev/null
cp "$work/laporan.png" docs/images/laporan-html.png
echo "wrote docs/images/laporan-html.png"
