#!/bin/sh
# Fetches the official TMX 1.4 DTD for validating our TMX exports (xmllint --dtdvalid).
# Debian's omegat package ships it as schemas/tmx14.dtd inside OmegaT.jar; we download the .deb
# (no install, no root needed), unpack it in a temp dir and keep only the DTD.
# Idempotent: does nothing when .cache/dtd/tmx14.dtd already exists. Exit 1 on failure.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dest="$root/.cache/dtd/tmx14.dtd"

if [ -s "$dest" ]; then
  echo "tmx14.dtd already present: $dest"
  exit 0
fi

mkdir -p "$root/.cache/dtd"
# The cache is build output: keep it out of git without touching the project's .gitignore.
[ -f "$root/.cache/.gitignore" ] || printf '*\n' > "$root/.cache/.gitignore"

tmp=$(mktemp -d)
# apt (as user _apt) writes the download here: let it read the folder.
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

command -v apt-get >/dev/null 2>&1 || { echo "fetch-tmx-dtd: apt-get not found (Debian/Ubuntu only)" >&2; exit 1; }
command -v dpkg-deb >/dev/null 2>&1 || { echo "fetch-tmx-dtd: dpkg-deb not found" >&2; exit 1; }

# apt-get download writes into the current directory.
# As root, apt would drop to user _apt for the download and warn that it cannot write here.
sandbox=""
[ "$(id -u)" = "0" ] && sandbox="-o APT::Sandbox::User=root"
(cd "$tmp" && apt-get $sandbox download omegat >/dev/null) || {
  echo "fetch-tmx-dtd: 'apt-get download omegat' failed (run 'apt-get update' first?)" >&2
  exit 1
}
deb=$(ls "$tmp"/omegat_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "fetch-tmx-dtd: no omegat .deb downloaded" >&2; exit 1; }
dpkg-deb -x "$deb" "$tmp/x"

jar=$(find "$tmp/x" -name 'OmegaT.jar' -type f | head -n 1)
[ -n "$jar" ] || { echo "fetch-tmx-dtd: OmegaT.jar not found in the package" >&2; exit 1; }

out="$tmp/tmx14.dtd"
if command -v unzip >/dev/null 2>&1; then
  unzip -p "$jar" schemas/tmx14.dtd > "$out"
elif command -v python3 >/dev/null 2>&1; then
  python3 - "$jar" "$out" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, open(sys.argv[2], 'wb') as f:
    f.write(z.read('schemas/tmx14.dtd'))
PY
else
  echo "fetch-tmx-dtd: need unzip or python3 to read OmegaT.jar" >&2
  exit 1
fi

# Sanity check before publishing: a DTD that declares the tmx element.
grep -q '<!ELEMENT tmx' "$out" || { echo "fetch-tmx-dtd: extracted file is not the TMX DTD" >&2; exit 1; }
# Same-folder rename: a concurrent reader never sees a half-written DTD.
cp "$out" "$dest.tmp.$$" && mv "$dest.tmp.$$" "$dest"
echo "tmx14.dtd written to $dest"
