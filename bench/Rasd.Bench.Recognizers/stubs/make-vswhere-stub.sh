#!/usr/bin/env bash
# Rebuilds stubs/vswhere.2.8.4.nupkg: an empty package standing in for the Windows-only "vswhere" tool that
# Microsoft.Recognizers.Text 1.8.13 depends on and that the registry here does not serve. A .nupkg is a zip
# holding the .nuspec; the file is committed so that restore (CI included) finds it without running this.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import zipfile
with zipfile.ZipFile("vswhere.2.8.4.nupkg", "w", zipfile.ZIP_DEFLATED) as z:
    z.write("vswhere.nuspec", "vswhere.nuspec")
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="nuspec" ContentType="application/octet"/></Types>')
PY
echo "wrote $(pwd)/vswhere.2.8.4.nupkg"
