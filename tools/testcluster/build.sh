#!/usr/bin/env bash
# Builds the testcluster multi-call binary into $1 (default: ./bin/testcluster).
# Everything comes from Go modules; nothing upstream is vendored or committed.
set -euo pipefail
cd "$(dirname "$0")"
out=${1:-bin/testcluster}
export GOTOOLCHAIN=local CGO_ENABLED=0
command -v go >/dev/null || { echo "testcluster: Go is not installed (need Go 1.26 or newer: https://go.dev/dl/)" >&2; exit 3; }
have=$(go env GOVERSION | sed 's/^go//')
need=1.26
if [ "$(printf '%s\n%s\n' "$need" "$have" | sort -V | head -n1)" != "$need" ]; then
  echo "testcluster: Go $have is too old (need Go $need or newer)" >&2; exit 3
fi
k8s=$(sed -n 's/^\tk8s.io\/kubernetes \(v[0-9.]*\)$/\1/p' go.mod)
minor=$(echo "$k8s" | cut -d. -f2)
commit=$(go mod download -json "k8s.io/kubernetes@$k8s" | sed -n 's/^\t\t"Hash": "\(.*\)"$/\1/p' | head -n1)
ldflags=""
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$k8s -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
  ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
  [ -n "$commit" ] && ldflags+=" -X $pkg.gitCommit=$commit"
done
go build -trimpath -ldflags "-s -w$ldflags" -o "$out" .
touch "$out" # go build leaves an up-to-date binary untouched; callers compare mtimes
