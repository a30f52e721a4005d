#!/usr/bin/env bash
# Installs code-server (real VS Code 1.100.3 workbench + Node extension host) for `npm run test:e2e`,
# on a machine whose only network is the npm registry and Debian apt. Idempotent; prints
# CODE_SERVER_BIN=... last. Knows nothing about the extension itself.
#
# Env: CODE_SERVER_VERSION (4.100.3: last release for Node 20), CODE_SERVER_HOME (install prefix,
#      default ~/.cache/asl-studio-e2e/code-server-$VERSION), WITH_CHROMIUM=0 to skip apt chromium.
#
# Offline workarounds (each one is needed here):
#  * root + npm: code-server's postinstall needs npm_config_unsafe_perm=true.
#  * the `kerberos` native module needs gssapi headers (libkrb5-dev).
#  * node-pty's postinstall runs `npx node-gyp`; npx needs npm_config_yes=true.
#  * @vscode/ripgrep's postinstall downloads rg from GitHub; it first looks in
#    $TMPDIR/vscode-ripgrep-cache-<pkgversion>/ripgrep-<tag>-<target>.tar.gz, which we seed with
#    Debian's rg.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PREFIX="${CODE_SERVER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/asl-studio-e2e/code-server-$VERSION}"
BIN="$PREFIX/node_modules/.bin/code-server"
log() { echo "[install-code-server] $*" >&2; }

install_apt_deps() {
  local need=() sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
  dpkg -s ripgrep >/dev/null 2>&1 || need+=(ripgrep)
  for tool in g++ make python3; do command -v "$tool" >/dev/null || { need+=(build-essential python3); break; }; done
  if [ "${WITH_CHROMIUM:-1}" = 1 ] && [ ! -x /usr/bin/chromium ]; then need+=(chromium); fi
  [ "${#need[@]}" -gt 0 ] || return 0
  log "apt-get install ${need[*]}"
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${need[@]}" >&2
}

# Seeds @vscode/ripgrep's download cache (under $1/tmp) with Debian's rg binary.
seed_ripgrep_cache() {
  local work="$1" rg_pkg rg_tag target
  (cd "$work" && npm pack --silent "code-server@$VERSION" >/dev/null)
  rg_pkg=$(tar -xzOf "$work"/code-server-*.tgz package/lib/vscode/npm-shrinkwrap.json \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages["node_modules/@vscode/ripgrep"].version))')
  (cd "$work" && npm pack --silent "@vscode/ripgrep@$rg_pkg" >/dev/null)
  rg_tag=$(tar -xzOf "$work"/vscode-ripgrep-*.tgz package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';/\1/p")
  case "$(uname -m)" in
    x86_64) target=x86_64-unknown-linux-musl ;;
    aarch64) target=aarch64-unknown-linux-musl ;;
    *) log "unsupported arch $(uname -m)"; exit 1 ;;
  esac
  mkdir -p "$work/tmp/vscode-ripgrep-cache-$rg_pkg" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar -czf "$work/tmp/vscode-ripgrep-cache-$rg_pkg/ripgrep-$rg_tag-$target.tar.gz" -C "$work/rg" rg
  log "seeded ripgrep cache for @vscode/ripgrep@$rg_pkg ($rg_tag, $target)"
}

install_apt_deps
if [ -x "$BIN" ] && "$BIN" --config /dev/null --version >/dev/null 2>&1; then
  log "code-server $VERSION already installed in $PREFIX"
  echo "CODE_SERVER_BIN=$BIN"; exit 0
fi

t0=$(date +%s)
work=$(mktemp -d /tmp/asl-studio-cs-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
seed_ripgrep_cache "$work"
partial="$PREFIX.partial"      # renamed at the end: an interrupted install never looks complete
rm -rf "$partial"; mkdir -p "$partial"
echo '{"name":"asl-studio-e2e-code-server","private":true}' > "$partial/package.json"
log "npm install code-server@$VERSION (native builds, a few minutes on 2 cores)"
(cd "$partial" && TMPDIR="$work/tmp" npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --no-audit --no-fund --omit=dev "code-server@$VERSION" >"$work/npm.log" 2>&1) \
  || { log "npm install failed:"; tail -40 "$work/npm.log" >&2; exit 1; }
rm -rf "$PREFIX"; mv "$partial" "$PREFIX"
log "installed $("$BIN" --config /dev/null --version | head -1) in $(( $(date +%s) - t0 ))s"
echo "CODE_SERVER_BIN=$BIN"
