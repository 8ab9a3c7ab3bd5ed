#!/usr/bin/env bash
# dist/linux-image.sh: a self-contained Linux image for servers, census-VERSION-linux-ARCH.tar.gz in
# server/target/: the release zip's contents plus runtime/, a Java runtime cut to the modules the jar
# needs (jdeps) with jlink, which the census launcher prefers; the server needs no Java installed.
# Runs `mvn package` first (so the image holds the current launcher and jar); needs Maven and a JDK 17+
# (jdeps, jlink) on the building machine, and nothing on the server. MVN_OPTS_EXTRA: e.g. -o.
# Not part of the Maven build: jdeps and jlink take about half a minute, and the image is per OS and CPU.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
target="$root/server/target"
echo "linux-image: building the release zip (mvn -B package) ..." >&2
# shellcheck disable=SC2086 # a list of flags
mvn -q -B ${MVN_OPTS_EXTRA:-} -f "$root/pom.xml" -DskipTests -pl server -am package
shopt -s nullglob
zips=("$target"/census-*.zip)
(( ${#zips[@]} == 1 )) || { echo "linux-image: expected one census-*.zip in $target" >&2; exit 2; }
zip="${zips[0]}"
name="$(basename "$zip" .zip)-linux-$(uname -m)"
work="$target/image"
rm -rf "$work" && mkdir -p "$work"
unzip -q "$zip" -d "$work"
mv "$work/$(basename "$zip" .zip)" "$work/$name"
dir="$work/$name"

# The modules the jar's classes use, plus what is found only at run time: elliptic-curve TLS for
# --data https://..., the legacy charsets (EUC-KR/MS949 files) and Korean locale data.
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$dir/census.jar")"
modules="$modules,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs"
jlink --add-modules "$modules" --include-locales=en,ko --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$dir/runtime"

# Smoke test with an empty PATH and no JAVA_HOME: the launcher must use runtime/.
env -i PATH=/nonexistent LANG=C.UTF-8 "$dir/census" check --report spri-2025 >/dev/null
env -i PATH=/nonexistent LANG=C.UTF-8 "$dir/census" tables --report spri-2025 --format csv | grep -q '^F1,모델 수,'

tar -C "$work" -czf "$target/$name.tar.gz" "$name"
echo "$target/$name.tar.gz ($(du -h "$target/$name.tar.gz" | cut -f1); runtime modules: $modules)"
