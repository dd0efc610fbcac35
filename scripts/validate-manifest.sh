#!/usr/bin/env bash
# Validates manifest.xml offline against Microsoft's XSDs (office-addin-manifest validate needs the internet).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
schemas="${BAOCAO_MANIFEST_SCHEMAS:-$here/../shared/manifest-schemas}"
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "$here/manifest.xml"
