#!/usr/bin/env bash
# Installs the Debian packages a make target needs, and only those missing.
# Usage: scripts/install-deps.sh gui|e2e
#   gui: C headers for building the Fyne (OpenGL) app
#   e2e: a virtual X server, the tools that drive and capture it, and
#        poppler (pdftotext, pdftoppm) to read the memo it writes
set -euo pipefail

case "${1:-}" in
gui) packages=(gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev) ;;
e2e) packages=(xvfb xdotool imagemagick x11-utils x11-xkb-utils poppler-utils) ;;
*) echo "usage: $0 gui|e2e" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
	command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
	sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
