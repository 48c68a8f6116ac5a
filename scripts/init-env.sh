#!/usr/bin/env bash
# Creates docker/.env, the settings and secrets of the docker stack, from docker/.env.example: every secret random
# (/dev/urandom), the admin password's MD4 hash computed for the repository's bootstrap, the public address split
# into its parts. Run by ./run.sh start | build_start | build_test when docker/.env does not exist; never overwrites.
#
#   scripts/init-env.sh [ENV_FILE]      default docker/.env; the file is created readable by you only (umask 077)
#   scripts/init-env.sh --md4 PASSWORD  prints the repository's hash of PASSWORD (alfresco_user_store.adminpassword)
#
#   PUBLIC_URL  the address users will type (default http://localhost:8080); https://... also sets PROXY_TLS=on
#   Any other variable of docker/.env.example set in the environment is taken as it is instead of a generated value.
#
# Needs od, iconv and openssl with MD4 (OpenSSL 3: its legacy provider) or python3 with MD4 in hashlib.
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLE=docker/.env.example

die() { echo "init-env.sh: $*" >&2; exit 1; }

# md4 PASSWORD: what Alfresco's bootstrap expects in alfresco_user_store.adminpassword: MD4 over the UTF-16LE bytes
# of the password, in hex (the hash of "admin" is 209c6174da490caeb422f3fa5a7ae634, repository.properties).
md4() {
  local bytes hex=""
  bytes=$(mktemp)
  printf '%s' "$1" | iconv -f UTF-8 -t UTF-16LE > "$bytes" || { rm -f "$bytes"; die "iconv cannot encode the password as UTF-16LE"; }
  hex=$(openssl dgst -md4 < "$bytes" 2>/dev/null \
        || openssl dgst -md4 -provider legacy -provider default < "$bytes" 2>/dev/null \
        || python3 -c 'import hashlib,sys; print(hashlib.new("md4", open(sys.argv[1], "rb").read()).hexdigest())' "$bytes" 2>/dev/null \
        || true)
  rm -f "$bytes"
  hex=$(printf '%s\n' "$hex" | grep -Eo '[0-9a-f]{32}' | head -n 1 || true)
  [ -n "$hex" ] || die "cannot compute MD4: neither openssl (with its legacy provider) nor python3's hashlib offers it.
Set ALFRESCO_ADMIN_PASSWORD and ALFRESCO_ADMIN_PASSWORD_HASH yourself (docs/OPERATIONS.md, \"Admin password\")."
  printf '%s\n' "$hex"
}

# rand_hex BYTES: that many random bytes in hex
rand_hex() { od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'; }

if [ "${1:-}" = --md4 ]; then
  [ $# -eq 2 ] || die "usage: scripts/init-env.sh --md4 PASSWORD"
  md4 "$2"; exit 0
fi
case "${1:-}" in -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0;; esac
TARGET=${1:-docker/.env}
[ -e "$TARGET" ] && die "$TARGET exists; it is never overwritten (delete it to start over: docs/OPERATIONS.md)"
[ -f "$EXAMPLE" ] || die "$EXAMPLE is missing"

# ---- the public address --------------------------------------------------------------------------------------
url=${PUBLIC_URL:-http://localhost:8080}
url=${url%/}
[[ $url =~ ^(https?)://([A-Za-z0-9.-]+)(:([0-9]+))?$ ]] \
  || die "PUBLIC_URL must be http(s)://host[:port] without a path, not '$url'"
protocol=${BASH_REMATCH[1]}
host=${BASH_REMATCH[2]}
port=${BASH_REMATCH[4]}
default_port=80; [ "$protocol" = https ] && default_port=443
port=${port:-$default_port}
# As a browser writes the Origin header: no default port.
if [ "$port" = "$default_port" ]; then url="$protocol://$host"; else url="$protocol://$host:$port"; fi
if [ "$protocol" = https ]; then
  tls=on https_port=$port
  if [ "$port" = 443 ]; then http_port=80; else http_port=8080; fi
else
  tls=off http_port=$port https_port=""
fi
admin_password=""

# generated NAME: the value this script chooses for NAME (empty: keep the example's value). Secrets are random.
generated() {
  case "$1" in
    PUBLIC_URL) echo "$url";;
    PUBLIC_PROTOCOL) echo "$protocol";;
    PUBLIC_HOST) echo "$host";;
    PUBLIC_PORT) echo "$port";;
    PROXY_TLS) echo "$tls";;
    PROXY_HTTP_PORT) echo "$http_port";;
    PROXY_HTTPS_PORT) echo "$https_port";;
    POSTGRES_PASSWORD|SOLR_SHARED_SECRET|ACTIVEMQ_ADMIN_PASSWORD|METADATA_KEYSTORE_PASSWORD) rand_hex 24;;
    ALFRESCO_ADMIN_PASSWORD) rand_hex 12;;
    ALFRESCO_ADMIN_PASSWORD_HASH) md4 "${admin_password:?ALFRESCO_ADMIN_PASSWORD must come before its hash in $EXAMPLE}";;
  esac
}

# ---- write: the example's lines, each NAME=... from the environment, else generated, else the example's value --
tmp=$(mktemp "$(dirname "$TARGET")/.env.XXXXXX")
trap 'rm -f "$tmp"' EXIT
chmod 600 "$tmp"
while IFS= read -r line || [ -n "$line" ]; do
  if [[ $line =~ ^([A-Z][A-Z0-9_]*)=(.*)$ ]]; then
    name=${BASH_REMATCH[1]} v=${BASH_REMATCH[2]}
    if [ -n "${!name:-}" ] && [ "$name" != PUBLIC_URL ]; then v=${!name}
    else g=$(generated "$name"); [ -z "$g" ] || v=$g
    fi
    if [ "$name" = ALFRESCO_ADMIN_PASSWORD ]; then admin_password=$v; fi
    [ -n "$v" ] || die "no value for $name"
    [[ $v =~ [[:space:]\$\"\'\\] ]] && die "the value of $name contains a space, quote, backslash or \$: docker compose would change it"
    line="$name=$v"
  fi
  printf '%s\n' "$line" >> "$tmp"
done < "$EXAMPLE"
mv "$tmp" "$TARGET"
trap - EXIT
echo "init-env.sh: created $TARGET with random secrets for $url (the admin password is ALFRESCO_ADMIN_PASSWORD there)"
