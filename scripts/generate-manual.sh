#!/usr/bin/env bash
# Regenerates man/glean.1 from glean's own argument definitions, with swift-argument-parser's generate-manual plugin
# (it needs no network: the plugin comes with the resolved swift-argument-parser checkout). A test
# (ManualPageTests) checks that the committed page covers every subcommand and option.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin generate-manual --configuration debug
cp .build/plugins/GenerateManual/outputs/glean/glean.1 man/glean.1
echo "Wrote man/glean.1"
