#!/bin/sh
# Fetches the OASIS XLIFF schemas for validating our XLIFF exports (xmllint --schema):
# xliff-core-1.2-strict.xsd and xliff-core-2.0.xsd, with the W3C xml.xsd they import. Debian's
# php-symfony-translation package ships all three (Symfony validates XLIFF with them); we download
# the .deb (no install), unpack it in a temp dir and keep the schemas, the xml.xsd import pointed
# at the local copy so that validation needs no network. The schemas are not part of the product.
# Idempotent: does nothing when .cache/xsd/xliff-core-1.2-strict.xsd exists. Exit 1 on failure.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dir="$root/.cache/xsd"

if [ -s "$dir/xliff-core-1.2-strict.xsd" ] && [ -s "$dir/xliff-core-2.0.xsd" ]; then
  echo "XLIFF schemas already present: $dir"
  exit 0
fi

mkdir -p "$dir"
[ -f "$root/.cache/.gitignore" ] || printf '*\n' > "$root/.cache/.gitignore"

tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT INT TERM

command -v apt-get >/dev/null 2>&1 || { echo "fetch-xliff-xsd: apt-get not found (Debian/Ubuntu only)" >&2; exit 1; }
command -v dpkg-deb >/dev/null 2>&1 || { echo "fetch-xliff-xsd: dpkg-deb not found" >&2; exit 1; }

sandbox=""
[ "$(id -u)" = "0" ] && sandbox="-o APT::Sandbox::User=root"
(cd "$tmp" && apt-get $sandbox download php-symfony-translation >/dev/null) || {
  echo "fetch-xliff-xsd: 'apt-get download php-symfony-translation' failed (run 'apt-get update' first?)" >&2
  exit 1
}
deb=$(ls "$tmp"/php-symfony-translation_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "fetch-xliff-xsd: no php-symfony-translation .deb downloaded" >&2; exit 1; }
dpkg-deb -x "$deb" "$tmp/x"
src=$(find "$tmp/x" -type d -name schemas -path '*Translation*' | head -n 1)
[ -n "$src" ] && [ -s "$src/xliff-core-1.2-strict.xsd" ] || { echo "fetch-xliff-xsd: schemas not found in the package" >&2; exit 1; }

for f in xml.xsd xliff-core-2.0.xsd xliff-core-1.2-strict.xsd; do
  [ -s "$src/$f" ] || { echo "fetch-xliff-xsd: $f missing in the package" >&2; exit 1; }
  # The W3C xml.xsd by its local name: xmllint must not go to the network.
  sed -E 's#schemaLocation="[^"]*xml\.xsd"#schemaLocation="xml.xsd"#' "$src/$f" > "$tmp/$f"
  cp "$tmp/$f" "$dir/$f.tmp.$$" && mv "$dir/$f.tmp.$$" "$dir/$f"
done
grep -q 'urn:oasis:names:tc:xliff:document:1.2' "$dir/xliff-core-1.2-strict.xsd" || { echo "fetch-xliff-xsd: not the XLIFF 1.2 schema" >&2; exit 1; }
echo "XLIFF schemas written to $dir"
