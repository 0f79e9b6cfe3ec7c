#!/bin/sh
# Re-records every golden file (chart SVGs, the sample's golden briefings) from the current output.
# The recording run fails on purpose (each recorded file is reported); review the new files with
# `git diff Tests/*/Golden`, commit them, and `make test` passes again.
set -u
SWIFT=${SWIFT:-swift}
RECORD_GOLDEN=1 "$SWIFT" test --filter 'ChartKindsGoldenTests|PayoffChartTests|BriefingGoldenTests' >/dev/null 2>&1
git status --short -- Tests/ChartsTests/Golden Tests/PublishingTests/Golden
echo "Golden files re-recorded; review them with: git diff Tests/ChartsTests/Golden Tests/PublishingTests/Golden"
