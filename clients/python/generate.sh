#!/usr/bin/env bash
# Regenerates hearth_client/hearth_pb2.py and hearth_pb2.pyi from proto/hearth.proto.
#
# Uses grpcio-tools (protoc as a Python package) in a throwaway venv, so nothing is
# installed globally. The checked-in files were made with grpcio-tools 1.85.1, which
# bundles libprotoc 35.1 and emits protobuf Python gencode 7.35.1: the generated module
# refuses a protobuf runtime older than that, hence `protobuf>=7.35.1,<8` in
# requirements.txt. After changing GRPCIO_TOOLS_VERSION, read the
# "Protobuf Python Version" line of the new hearth_pb2.py and update requirements.txt.
#
# Usage: clients/python/generate.sh   (from anywhere; needs python3 with venv, and PyPI)
set -euo pipefail

GRPCIO_TOOLS_VERSION="${GRPCIO_TOOLS_VERSION:-1.85.1}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$(mktemp -d "${TMPDIR:-/tmp}/hearth-gen-venv.XXXXXX")"
trap 'rm -rf "$venv"' EXIT

python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "grpcio-tools==$GRPCIO_TOOLS_VERSION"

cd "$root"
"$venv/bin/python" -m grpc_tools.protoc -I proto \
    --python_out=clients/python/hearth_client \
    --pyi_out=clients/python/hearth_client \
    proto/hearth.proto
echo "generated with grpcio-tools $GRPCIO_TOOLS_VERSION:" \
    "$(grep -m1 'Protobuf Python Version' clients/python/hearth_client/hearth_pb2.py)"
