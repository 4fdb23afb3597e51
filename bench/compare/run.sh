#!/usr/bin/env bash
# Compares the booklet import of an earlier commit ("before") with the working tree ("after") and with
# Tika, in turns within one JVM, by CPU time (nl.functiehuis.bench.BookletCpuComparison): for a machine
# too busy for JMH's wall-clock figures. Builds both benchmarks jars with `package` (nothing installed).
#   bench/compare/run.sh BASE_COMMIT [TURNS]     e.g. bench/compare/run.sh 2073626
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
export JAVA_HOME=${FUNCTIEHUIS_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
base=${1:?geef de commit om mee te vergelijken}
turns=${2:-24}
shared=${FUNCTIEHUIS_SHARED:-$root/../shared}
work=$(mktemp -d /tmp/functiehuis-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT

git -C "$root" archive "$base" | tar -x -C "$work"
(cd "$work" && mvn -q -B -o -Pbench -pl core,importer,bench package -DskipTests)
(cd "$root" && mvn -q -B -o -Pbench -pl core,importer,bench package -DskipTests)
cp "$root/bench/target/benchmarks.jar" "$work/after.jar"
uptime
java -Xmx1g -Dfunctiehuis.shared="$shared" -cp "$root/bench/target/benchmarks.jar" \
  nl.functiehuis.bench.BookletCpuComparison "$work/bench/target/benchmarks.jar" "$work/after.jar" "$turns"
uptime
