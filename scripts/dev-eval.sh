#!/usr/bin/env bash
# Extracts every dev article with its gold publication date and scores it with the shared scorer.
# usage: scripts/dev-eval.sh [OUT_DIR] [--detail]   (RASD_NER_MODEL=FILE adds the trained NER stage;
#        RASD_GOLD=DIR scores another folder of NAME.txt + NAME.gold.json instead of the dev set;
#        RASD_SHARED=DIR is the shared folder when it is not ../shared beside the checkout, as in a git worktree)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/rasd-dev}
shift || true
shared=${RASD_SHARED:-../shared}
dev=$(realpath "${RASD_GOLD:-$shared/eval/dev}")
scorer=$(realpath "$shared/eval/score.py")
dotnet build src/Rasd.Cli -c Release -v q -nologo >/dev/null
mkdir -p "$out"
for txt in "$dev"/*.txt; do
  name=$(basename "$txt" .txt)
  date=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['document']['published'])" "$dev/$name.gold.json")
  dotnet src/Rasd.Cli/bin/Release/net10.0/rasd.dll extract "$txt" --date "$date" ${RASD_NER_MODEL:+--ner-model "$RASD_NER_MODEL"} > "$out/$name.json"
done
python3 "$scorer" --gold "$dev" --pred "$out" "$@"
