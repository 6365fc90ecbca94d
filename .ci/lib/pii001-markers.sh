# shellcheck shell=bash
# Compares the PII001 warnings of a build with the markers in its C# sources. Sourced by
# samples/check-sample-warnings.sh (the sample) and .ci/run (the package smoke test).
#
# A marker is a trailing comment at the very end of a line of code (comment-only lines never count):
#   ... ; // PII001                    the analyzer must report PII001 on this line, exactly once
#   ... ; // PII001 (known gap: why)   the rule should report here but the analyzer does not yet: the line
#                                      must stay silent, and once it warns the marker becomes `// PII001`
# Every other line must not warn. A line with two leaks needs two lines, one leak each.

readonly PII001_EXPECTED_RE='^[[:space:]]*[^/[:space:]].*//[[:space:]]*PII001[[:space:]]*$'
readonly PII001_GAP_RE='^[[:space:]]*[^/[:space:]].*//[[:space:]]*PII001[[:space:]]+\(known gap:[^)]*\)[[:space:]]*$'

# pii001_markers ROOT REGEX: "path:line" (relative to ROOT, sorted) of each source line matching REGEX.
pii001_markers() {
    local root=$1 regex=$2
    (cd "$root" || exit 1; grep -rnE --include='*.cs' --exclude-dir=obj --exclude-dir=bin "$regex" . || true) |
        sed -E 's#^\./##; s#^([^:]+:[0-9]+):.*#\1#' | LC_ALL=C sort
}

# pii001_reported LOG ROOT: "path:line" of each PII001 warning in the build log, one per reported location
# (MSBuild may print a warning twice), paths relative to ROOT (absolute when outside ROOT), sorted.
pii001_reported() {
    local log=$1 root=$2
    sed -nE 's#^[[:space:]]*(.+\.cs)\(([0-9]+),([0-9]+)\): warning PII001: .*#\1:\2:\3#p' "$log" |
        LC_ALL=C sort -u |
        sed -E "s#^${root%/}/##; s#:[0-9]+\$##" |
        LC_ALL=C sort
}

# pii001_show ROOT PREFIX: prints each "path:line" of stdin with PREFIX and the code on that line.
pii001_show() {
    local root=$1 prefix=$2 location path line code
    while IFS= read -r location; do
        path=${location%:*}
        line=${location##*:}
        case $path in /*) ;; *) path="$root/$path" ;; esac
        code=$(sed -n "${line}{s/^[[:space:]]*//;p;}" "$path" 2>/dev/null || true)
        echo "  $prefix$location: $code"
    done
}

# pii001_check NAME ROOT LOG: compares the build log of the project under ROOT (absolute path) with the
# markers under ROOT. Prints the result; returns 1 on any missing or extra warning, or an analyzer failure.
pii001_check() {
    local name=$1 root=$2 log=$3
    local work status=0
    work=$(mktemp -d)
    pii001_markers "$root" "$PII001_EXPECTED_RE" >"$work/expected"
    pii001_markers "$root" "$PII001_GAP_RE" >"$work/gaps"
    pii001_reported "$log" "$root" >"$work/reported"
    LC_ALL=C comm -23 "$work/expected" "$work/reported" >"$work/missing"
    LC_ALL=C comm -13 "$work/expected" "$work/reported" >"$work/extra"

    echo "$name: PII001 reported $(wc -l <"$work/reported"), expected $(wc -l <"$work/expected")," \
        "known gaps $(wc -l <"$work/gaps")"
    pii001_show "$root" "reported: " <"$work/reported"
    pii001_show "$root" "known gap, should warn but does not yet: " <"$work/gaps"

    # An analyzer that throws (AD0001) or cannot be loaded (CS8032) reports nothing where it failed.
    if grep -E 'warning (AD0001|CS8032):.*PiiAnalyzers' "$log" | LC_ALL=C sort -u | sed 's/^[[:space:]]*/  analyzer failure: /' | grep .; then
        status=1
    fi
    if [ -s "$work/missing" ]; then
        pii001_show "$root" "MISSING (marked // PII001, not reported): " <"$work/missing"
        status=1
    fi
    if [ -s "$work/extra" ]; then
        # A known gap that warns now was fixed in the analyzer: its marker becomes // PII001.
        LC_ALL=C comm -12 "$work/extra" "$work/gaps" | pii001_show "$root" "GAP CLOSED (make the marker // PII001): "
        LC_ALL=C comm -23 "$work/extra" "$work/gaps" | pii001_show "$root" "EXTRA (reported, not marked // PII001): "
        status=1
    fi

    rm -rf "$work"
    if [ "$status" -eq 0 ]; then
        echo "$name: PII001 appears exactly on the marked lines"
    else
        echo "$name: PII001 does not match the markers" >&2
    fi
    return "$status"
}
