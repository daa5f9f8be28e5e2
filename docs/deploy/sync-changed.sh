#!/bin/sh
# Lists what a deploy of a kb output folder must upload, delete and
# invalidate, by comparing the checksums of its files with the list kept
# from the previous deploy.
#
# usage: sync-changed.sh OUTPUT_DIR STATE_DIR
#   OUTPUT_DIR  the folder `kb build` wrote
#   STATE_DIR   where the list of the previous deploy is kept between
#               deploys (files.sha256; a CI cache, or a copy from the bucket)
# writes in STATE_DIR:
#   upload.txt      paths to upload (new or changed), one a line
#   delete.txt      paths that the new output no longer has
#   invalidate.txt  URL paths a CDN must drop: files changed, added (a CDN
#                   may have kept a "not found") or deleted, except those
#                   with a content hash in their name, which never change;
#                   each page also as its folder (/en/about/ for
#                   en/about/index.html)
#   files.sha256.new  the list to keep once the upload has succeeded
set -eu
out=$1; state=$2
mkdir -p "$state"
[ -f "$state/files.sha256" ] || : >"$state/files.sha256"
(cd "$out" && find . -type f ! -name '.kb-*' -print0 | sort -z | xargs -0 -r sha256sum) |
  sed 's|  \./|  |' >"$state/files.sha256.new"
# Lines of the new list that the old one lacks: new or changed files.
LC_ALL=C sort "$state/files.sha256" >"$state/old.sorted"
LC_ALL=C sort "$state/files.sha256.new" >"$state/new.sorted"
LC_ALL=C comm -13 "$state/old.sorted" "$state/new.sorted" | cut -c67- | LC_ALL=C sort >"$state/upload.txt"
cut -c67- "$state/old.sorted" | LC_ALL=C sort >"$state/old.paths"
cut -c67- "$state/new.sorted" | LC_ALL=C sort >"$state/new.paths"
LC_ALL=C comm -23 "$state/old.paths" "$state/new.paths" >"$state/delete.txt"
cat "$state/upload.txt" "$state/delete.txt" |
  grep -Ev '\.[0-9a-f]{10}\.(css|js|svg)(\.gz|\.br)?$' |
  sed -e 's|^|/|' -e 's|\.\(gz\|br\)$||' |
  awk '{ print } /\/index\.html$/ { sub(/index\.html$/, ""); print }' |
  LC_ALL=C sort -u >"$state/invalidate.txt"
rm -f "$state/old.sorted" "$state/new.sorted" "$state/old.paths" "$state/new.paths"
echo "$(wc -l <"$state/upload.txt") to upload, $(wc -l <"$state/delete.txt") to delete, $(wc -l <"$state/invalidate.txt") to invalidate"
