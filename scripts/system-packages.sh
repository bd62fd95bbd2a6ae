#!/usr/bin/env bash
# Installs the Debian packages that the test suite needs, only those that are missing.
# Usage: scripts/system-packages.sh [postgres] [chromium] [maven] [redis] [nginx] [varnish] [gettext] [fonts] [pdftools]
set -euo pipefail

need=()
for what in "$@"; do
  case "$what" in
    postgres) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql) ;;
    chromium) [ -x /usr/bin/chromium ] || need+=(chromium fonts-noto-cjk) ;;
    maven) command -v mvn >/dev/null 2>&1 || need+=(maven) ;;
    redis) command -v redis-server >/dev/null 2>&1 || need+=(redis-server) ;;
    nginx) { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || need+=(nginx)
           command -v openssl >/dev/null 2>&1 || need+=(openssl) ;;
    varnish) [ -x /usr/sbin/varnishd ] || command -v varnishd >/dev/null 2>&1 || need+=(varnish) ;;
    gettext) command -v xgettext >/dev/null 2>&1 || need+=(gettext) ;;
    # The PDF documents (investment guide, demo brochures) embed Noto Sans (Vietnamese) and Noto Sans CJK.
    fonts) [ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || need+=(fonts-noto-core)
           [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || need+=(fonts-noto-cjk) ;;
    pdftools) command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils) ;;  # tests read the PDFs' text
    *) echo "unknown package group: $what" >&2; exit 2 ;;
  esac
done
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${need[*]}. Install them (as root: apt-get install ${need[*]})." >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
