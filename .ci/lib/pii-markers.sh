# shellcheck shell=bash
# Compares the PiiAnalyzers warnings (PIInnn) of a build with the markers in its C# sources. Sourced by
# samples/check-sample-warnings.sh (the sample) and .ci/run (the package smoke test).
#
# A marker is a trailing comment at the very end of a line of code (comment-only lines never count):
#   ... ; // PII003                    the analyzer must report PII003 on this line, exactly once
#   ... ; // PII001 (known gap: why)   the rule should report here but the analyzer does not yet: the line
#                                      must stay silent, and once it warns the marker becomes `// PII001`
# Every other line must not warn. A line with two leaks needs two lines, one leak each.

readonly PII_EXPECTED_RE='^[[:space:]]*[^/[:space:]].*//[[:space:]]*PII[0-9]{3}[[:space:]]*$'
readonly PII_GAP_RE='^[[:space:]]*[^/[:space:]].*//[[:space:]]*PII[0-9]{3}[[:space:]]+\(known gap:[^)]*\)[[:space:]]*$'

# pii_markers ROOT REGEX: "path:line:ID" (relative to ROOT, sorted) of each source line matching REGEX.
pii_markers() {
    local root=$1 regex=$2
    (cd "$root" || exit 1; grep -rnE --include='*.cs' --exclude-dir=obj --exclude-dir=bin "$regex" . || true) |
        sed -E 's#^\./##; s#^([^:]+:[0-9]+):.*//[[:space:]]*(PII[0-9]{3}).*#\1:\2#' | LC_ALL=C sort
}

# pii_reported LOG ROOT: "path:line:ID" of each PIInnn warning (or error) in the build log, one per reported location
# (MSBuild may print a warning twice), paths relative to ROOT (absolute when outside ROOT), sorted.
pii_reported() {
    local log=$1 root=$2
    sed -nE 's#^[[:space:]]*(.+\.cs)\(([0-9]+),([0-9]+)\): (warning|error) (PII[0-9]{3}): .*#\1:\2:\3:\5#p' "$log" |
        LC_ALL=C sort -u |
        sed -E "s#^${root%/}/##; s#:[0-9]+:(PII[0-9]{3})\$#:\1#" |
        LC_ALL=C sort
}

# pii_show ROOT PREFIX: prints each "path:line:ID" of stdin with PREFIX and the code on that line.
pii_show() {
    local root=$1 prefix=$2 entry location path line code
    while IFS= read -r entry; do
        location=${entry%:*}
        path=${location%:*}
        line=${location##*:}
        case $path in /*) ;; *) path="$root/$path" ;; esac
        code=$(sed -n "${line}{s/^[[:space:]]*//;p;}" "$path" 2>/dev/null || true)
        echo "  $prefix$entry: $code"
    done
}

# pii_check NAME ROOT LOG: compares the build log of the project under ROOT (absolute path) with the markers
# under ROOT. Prints the result; returns 1 on any missing or extra warning, or an analyzer failure.
pii_check() {
    local name=$1 root=$2 log=$3
    local work status=0
    work=$(mktemp -d)
    pii_markers "$root" "$PII_EXPECTED_RE" >"$work/expected"
    pii_markers "$root" "$PII_GAP_RE" >"$work/gaps"
    pii_reported "$log" "$root" >"$work/reported"
    LC_ALL=C comm -23 "$work/expected" "$work/reported" >"$work/missing"
    LC_ALL=C comm -13 "$work/expected" "$work/reported" >"$work/extra"

    echo "$name: reported $(wc -l <"$work/reported"), expected $(wc -l <"$work/expected")," \
        "known gaps $(wc -l <"$work/gaps") ($(cut -d: -f3 "$work/reported" | LC_ALL=C sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}'))"
    pii_show "$root" "reported: " <"$work/reported"
    pii_show "$root" "known gap, should warn but does not yet: " <"$work/gaps"

    # An analyzer that throws (AD0001) or cannot be loaded (CS8032) reports nothing where it failed.
    if grep -E 'warning (AD0001|CS8032):.*PiiAnalyzers' "$log" | LC_ALL=C sort -u | sed 's/^[[:space:]]*/  analyzer failure: /' | grep .; then
        status=1
    fi
    if [ -s "$work/missing" ]; then
        pii_show "$root" "MISSING (marked, not reported): " <"$work/missing"
        status=1
    fi
    if [ -s "$work/extra" ]; then
        # A known gap that warns now was fixed in the analyzer: its marker loses the "(known gap: …)".
        LC_ALL=C comm -12 "$work/extra" "$work/gaps" | pii_show "$root" "GAP CLOSED (remove the known-gap note): "
        LC_ALL=C comm -23 "$work/extra" "$work/gaps" | pii_show "$root" "EXTRA (reported, not marked): "
        status=1
    fi

    rm -rf "$work"
    if [ "$status" -eq 0 ]; then
        echo "$name: the warnings appear exactly on the marked lines"
    else
        echo "$name: the warnings do not match the markers" >&2
    fi
    return "$status"
}
