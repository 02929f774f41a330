# Sourced by the scripts: puts the project's own wasm-opt (npm binaryen) and cargo's bin on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
