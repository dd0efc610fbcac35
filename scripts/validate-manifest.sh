#!/usr/bin/env bash
# Validates a manifest (default manifest.xml) offline against Microsoft's XSDs kept in manifest-schemas/
# (office-addin-manifest validate needs the internet).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
schemas="${BAOCAO_MANIFEST_SCHEMAS:-$here/manifest-schemas}"
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "${1:-$here/manifest.xml}"
