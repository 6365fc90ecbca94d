#!/usr/bin/env bash
# Builds the sample with the newcomer's command and checks that each PiiAnalyzers warning (PIInnn) is reported on exactly the lines of
# the sample (samples/Shop and the project it references, samples/Domain) marked with its id, `// PII001` (see
# .ci/lib/pii-markers.sh for the markers). Exits non-zero on any
# missing or extra warning, an analyzer failure, or a failed build. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=.ci/lib/pii-markers.sh
source .ci/lib/pii-markers.sh

sample_dir="$PWD/samples"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# The newcomer's command (README), with the console output made plain for parsing: no live terminal
# logger, no repeated warning summary. --no-incremental makes the compiler (and so the analyzers) run.
echo "sample: dotnet build samples/Shop/Shop.csproj --no-incremental"
if ! dotnet build samples/Shop/Shop.csproj --no-incremental -nologo -tl:off -clp:NoSummary >"$log" 2>&1; then
    cat "$log"
    echo "sample: the build failed" >&2
    exit 1
fi

pii_check sample "$sample_dir" "$log"
