# Puts a supported Node (22 LTS, 22.12 or newer) first on PATH for this shell.
#
#   source scripts/node/use-node.sh
#
# When the Node already on PATH is 22.12+ (or a newer LTS), nothing changes.
# Otherwise Node 22 LTS comes from the npm registry's official
# node-<platform>-<arch> package (the binary plus its headers), installed once
# into $LIMBER_NODE_HOME (default ~/.cache/limber/node22). npm_config_nodedir
# points at those headers, so native modules (better-sqlite3) compile against
# the Node that runs them rather than whatever a user npmrc names.
#
# Sourced by .ci/run; developers on an older system Node can source it too.

limber_node_ok() {
  node -e '
    const [major, minor] = process.versions.node.split(".").map(Number)
    process.exit(major > 22 || (major === 22 && minor >= 12) ? 0 : 1)
  ' 2>/dev/null
}

if limber_node_ok; then
  echo "use-node: Node $(node --version) is supported; using it."
else
  limber_node_home="${LIMBER_NODE_HOME:-$HOME/.cache/limber/node22}"
  limber_node_os="$(uname -s | tr '[:upper:]' '[:lower:]')"
  case "$(uname -m)" in
    x86_64 | amd64) limber_node_arch=x64 ;;
    aarch64 | arm64) limber_node_arch=arm64 ;;
    *) limber_node_arch="$(uname -m)" ;;
  esac
  limber_node_pkg="node-${limber_node_os}-${limber_node_arch}"
  limber_node_dir="$limber_node_home/node_modules/$limber_node_pkg"
  if [ ! -x "$limber_node_dir/bin/node" ]; then
    echo "use-node: Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12; installing $limber_node_pkg@22 into $limber_node_home"
    mkdir -p "$limber_node_home"
    npm install --silent --no-save --prefix "$limber_node_home" "$limber_node_pkg@22" || {
      echo "use-node: could not install $limber_node_pkg@22 from the npm registry." >&2
      echo "use-node: install Node 22 LTS yourself (https://nodejs.org or nvm: 'nvm install' reads .nvmrc) and retry." >&2
      return 1 2>/dev/null || exit 1
    }
  fi
  export PATH="$limber_node_dir/bin:$PATH"
  export npm_config_nodedir="$limber_node_dir"
  hash -r
  echo "use-node: using Node $(node --version) from $limber_node_dir"
fi
unset -f limber_node_ok
