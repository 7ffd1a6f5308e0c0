#!/bin/sh
# sh run-all.sh — everything, from a clean checkout of this directory (needs /work/main/node_modules for tsc and type-graphql)
set -e
cd "$(dirname "$0")"
export GEZINSBEELD_ORGANISATIES="$PWD/snapshot/beleid/organisaties.json" NODE_PATH=/work/main/node_modules
/work/main/node_modules/.bin/tsc -p ts/tsconfig.json
node build/ts/genereer.js
node validate.js
node build/ts/orakel-cedar.js
CEDAR_VARIANT=per-organisatie node build/ts/orakel-cedar.js
CEDAR_POLICIES="$PWD/cedar/gezinsbeeld-volgens-seeds.cedar" node build/ts/orakel-cedar.js
CEDAR_VARIANT=per-organisatie node build/ts/bench.js 10000 3
node build/ts/bench.js 2000 3
