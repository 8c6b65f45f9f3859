#!/usr/bin/env bash
# Regenerates the compiled EF models of both providers (src/CareCommissioning.Web/Data/CompiledModels), which start-up
# uses instead of building the model. Run it after changing an entity or its configuration, beside the migrations;
# Data/CompiledModelTests fails until the files are current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../src/CareCommissioning.Web"
dotnet tool restore >/dev/null
dotnet build --nologo -v q -clp:ErrorsOnly
for provider in Sqlite Postgres; do
  rm -rf "Data/CompiledModels/$provider"
  dotnet ef dbcontext optimize --no-build --context "${provider}AppDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "CareCommissioning.Web.Data.CompiledModels.$provider"
done
rm -f design.db
