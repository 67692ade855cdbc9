#!/bin/sh
# Regenerates src/proto.js and src/proto.d.ts from proto/hearth.proto (the one source of
# truth), with protobufjs-cli (a dev dependency: `npm install` first). The output is
# checked in, so using the client needs no generator.
set -eu
cd "$(dirname "$0")"
npx pbjs -t static-module -w es6 -o src/proto.js ../../proto/hearth.proto
# protobufjs/minimal is CommonJS: Node's ESM loader gives it as a default export only.
sed -i 's|^import \* as \$protobuf from "protobufjs/minimal";|import $protobuf from "protobufjs/minimal.js";|' src/proto.js
npx pbts -o src/proto.d.ts src/proto.js
