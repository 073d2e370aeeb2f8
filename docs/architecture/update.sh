#!/usr/bin/env bash
# Regenerates the module diagrams from the code: runs ModularityTests (Spring Modulith's Documenter
# writes PlantUML into target/spring-modulith-docs/) and copies them here. Rendering to SVG needs
# PlantUML (e.g. `plantuml -tsvg docs/architecture/*.puml`), which the build does not include.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q ${MVN_OFFLINE--o} test -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false
cp target/spring-modulith-docs/*.puml docs/architecture/
if command -v plantuml > /dev/null; then plantuml -tsvg docs/architecture/components.puml; fi
ls docs/architecture/
