#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: installs the proxy's server configuration, plain HTTP
# (PROXY_TLS=off) or TLS (PROXY_TLS=on, certificate in certs/), as conf.d/annual-report-server.conf. Refuses to start
# the proxy on a setting it cannot honour. AR_NGINX_DIR (default /etc/nginx) lets the tests run it elsewhere.
set -eu
dir=${AR_NGINX_DIR:-/etc/nginx}
out=$dir/conf.d/annual-report-server.conf
fail() { echo "proxy: $*" >&2; exit 1; }

case "${PROXY_TLS:-off}" in
  off)
    cp "$dir/annual-report/server-http.conf" "$out"
    ;;
  on)
    for f in tls.crt tls.key; do
      [ -s "$dir/certs/$f" ] || fail "PROXY_TLS=on, but the certificate file $f is missing: put the certificate chain (tls.crt) and its private key (tls.key), both PEM, into docker/certs/ (docs/OPERATIONS.md, TLS)"
    done
    url=${PUBLIC_URL:-}
    url=${url%/}
    printf '%s\n' "$url" | grep -Eq '^https://[A-Za-z0-9.-]+(:[0-9]+)?$' \
      || fail "PROXY_TLS=on needs PUBLIC_URL=https://host[:port] (the address users type), not '${PUBLIC_URL:-}'"
    sed "s|@PUBLIC_URL@|$url|g" "$dir/annual-report/server-https.conf" > "$out"
    ;;
  *)
    fail "PROXY_TLS must be on or off, not '${PROXY_TLS}'"
    ;;
esac
echo "proxy: TLS ${PROXY_TLS:-off}, ${PUBLIC_URL:-(no PUBLIC_URL)}"
