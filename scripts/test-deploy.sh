#!/bin/bash
# Tests the recipes of docs/deploy.md on this machine: builds a fixture site
# with --precompress, serves it with the nginx and Apache configurations of
# docs/deploy/ (on loopback ports, as this user, in a temporary folder) and
# checks the answers' encodings, cache headers and Content-Security-Policy;
# parses the GitHub and GitLab workflow files; runs sync-changed.sh over two
# builds around a one-word edit.
#
# usage: scripts/test-deploy.sh [KB_BINARY]   (default: target/debug/kb)
# needs: nginx (Debian nginx-light), libnginx-mod-http-brotli-static,
#        apache2, curl, python3 with PyYAML.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
kb=${1:-target/debug/kb}
kb=$(cd "$(dirname "$kb")" && pwd)/$(basename "$kb")
for tool in nginx apache2 curl python3; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || {
    echo "$tool not found: apt-get install nginx-light libnginx-mod-http-brotli-static apache2 curl" >&2; exit 2; }
done
tmp=$(mktemp -d)
# The servers' workers run as another user when started by root.
chmod 755 "$tmp"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A site with pages in three languages, a tariff and a hashed stylesheet.
cp -r tests/sites/tariff "$tmp/site"
"$kb" --root "$tmp/site" build --precompress --date 2026-12-02 --output "$tmp/public" >/dev/null
public=$tmp/public
[ -f "$public/en/index.html.br" ] && [ -f "$public/en/index.html.gz" ] || fail "no compressed copies"
css=$(cd "$public" && ls assets/kb.*.css | head -1)
csp=$(grep -o 'http-equiv="Content-Security-Policy" content="[^"]*"' "$public/en/index.html" | sed "s/.*content=\"//; s/\"$//; s/&#39;/'/g; s/&#x27;/'/g")
[ -n "$csp" ] || fail "no CSP meta in the page"

# check URL ENCODING HEADER...: the answer's headers, asked with
# Accept-Encoding ENCODING ("" for none).
headers() { curl -s -o /dev/null -D - -H "Accept-Encoding: $2" "$1" | tr -d '\r'; }
expect() {
  local what=$1 got=$2 want=$3
  grep -qi "^$want" <<<"$got" || fail "$what: expected '$want' in:
$got"
}
check_server() {
  local name=$1 base=$2 h
  h=$(headers "$base/en/" "br, gzip")
  expect "$name page (br)" "$h" "Content-Encoding: br"
  expect "$name page (br)" "$h" "Content-Type: text/html"
  expect "$name page (br)" "$h" "Cache-Control: no-cache"
  expect "$name page (br)" "$h" "Content-Security-Policy: $csp"
  h=$(headers "$base/en/" "gzip")
  expect "$name page (gzip)" "$h" "Content-Encoding: gzip"
  [ "$(curl -s --compressed "$base/en/")" = "$(cat "$public/en/index.html")" ] || fail "$name: page bytes differ"
  h=$(headers "$base/en/" "")
  grep -qi "^Content-Encoding" <<<"$h" && fail "$name: encoded without Accept-Encoding"
  h=$(headers "$base/$css" "br")
  expect "$name css" "$h" "Cache-Control: public, max-age=31536000, immutable"
  expect "$name css" "$h" "Content-Type: text/css"
  expect "$name css" "$h" "Content-Encoding: br"
  h=$(headers "$base/search/en/index.js" "gzip")
  expect "$name search entry" "$h" "Cache-Control: no-cache"
  h=$(headers "$base/fr/no-such-page/" "")
  expect "$name 404" "$h" "HTTP/1.1 404"
  curl -s "$base/fr/no-such-page/" | grep -q 'lang="fr"' || fail "$name: not the French 404 page"
  h=$(headers "$base/.kb-output" "")
  grep -q "^HTTP/1.1 200" <<<"$h" && fail "$name: serves .kb-output"
  echo "$name: ok"
}

echo "== nginx -t and a run of docs/deploy/nginx.conf"
mkdir -p "$tmp/nginx/logs"
sed -e "s|/srv/kb/public|$public|" -e "s|listen 80;|listen 127.0.0.1:18419;|" \
  docs/deploy/nginx.conf >"$tmp/nginx/kb.conf"
cat >"$tmp/nginx/nginx.conf" <<EOF
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  include $tmp/nginx/kb.conf;
}
EOF
nginx -t -q -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"
nginx -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18419/ && break; sleep 0.1; done
check_server nginx http://127.0.0.1:18419

echo "== apache2 -t and a run of docs/deploy/apache.conf"
mkdir -p "$tmp/apache/logs"
sed -e "s|/srv/kb/public|$public|g" -e "s|\*:80|127.0.0.1:18420|" \
  docs/deploy/apache.conf >"$tmp/apache/kb.conf"
modules=/usr/lib/apache2/modules
cat >"$tmp/apache/httpd.conf" <<EOF
ServerRoot $tmp/apache
PidFile $tmp/apache/httpd.pid
ErrorLog $tmp/apache/logs/error.log
Listen 127.0.0.1:18420
ServerName localhost
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule headers_module $modules/mod_headers.so
LoadModule rewrite_module $modules/mod_rewrite.so
TypesConfig /etc/mime.types
Include $tmp/apache/kb.conf
EOF
apache2 -t -f "$tmp/apache/httpd.conf" 2>&1 | grep -v "^Syntax OK" || true
apache2 -f "$tmp/apache/httpd.conf" -DFOREGROUND &
pids+=($!)
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18420/ && break; sleep 0.1; done
check_server apache http://127.0.0.1:18420

echo "== the workflow files parse"
python3 - docs/deploy/github-pages.yml docs/deploy/gitlab-ci.yml <<'EOF'
import sys, yaml
gh = yaml.safe_load(open(sys.argv[1]))
assert gh[True]["schedule"][0]["cron"], "a scheduled build"  # `on:` reads as True
steps = gh["jobs"]["build"]["steps"]
assert any("kb build" in s.get("run", "") for s in steps)
assert steps[0]["with"]["fetch-depth"] == 0
gl = yaml.safe_load(open(sys.argv[2]))
assert gl["pages"]["artifacts"]["paths"] == ["public"]
assert any("schedule" in r["if"] for r in gl["pages"]["rules"])
assert any("--precompress" in s for s in gl["pages"]["script"])
print("workflows: ok")
EOF

echo "== sync-changed.sh over a one-word edit"
state=$tmp/state
docs/deploy/sync-changed.sh "$public" "$state" >/dev/null
mv "$state/files.sha256.new" "$state/files.sha256"
first=$(wc -l <"$state/upload.txt")
[ "$first" -gt 20 ] || fail "first deploy uploads everything"
page=$(grep -l "Coffee" "$tmp/site/content/tariff/"*.md | head -1)
sed -i '0,/Coffee/s//Coffee beans/' "$page" 2>/dev/null || true
rm -rf "$tmp/public2"
"$kb" --root "$tmp/site" build --precompress --date 2026-12-02 --output "$tmp/public2" >/dev/null
docs/deploy/sync-changed.sh "$tmp/public2" "$state"
second=$(wc -l <"$state/upload.txt")
[ "$second" -lt "$first" ] || fail "a one-word edit uploads $second of $first files"
grep -q "^/en/$" "$state/invalidate.txt" || grep -q "/index.html$" "$state/invalidate.txt" || fail "no page to invalidate"
grep -Eq '\.[0-9a-f]{10}\.(css|js|svg)' "$state/invalidate.txt" && fail "a hashed name in the invalidation list"
echo "deploy recipes: ok"
