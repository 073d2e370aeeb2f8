#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database and attachment directory.
# Usage: scripts/restore.sh BACKUP_DIR             (docs/OPERATIONS.md)
# The same variables as backup.sh. For PostgreSQL create the empty database first
# (createdb polku_restored) and point PGDATABASE at it. Polku must not be running.
set -euo pipefail
in=${1:?usage: scripts/restore.sh BACKUP_DIR}
data=${POLKU_DATA:-./data}
attachments=${POLKU_ATTACHMENTS_DIR:-$data/attachments}

(cd "$in" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup in $in is damaged (checksums differ)" >&2; exit 1; }
if [ -d "$attachments" ] && [ -n "$(ls -A "$attachments" | grep -v '^tmp$' || true)" ]; then
  echo "$attachments is not empty: restore into a new directory (nothing was changed)" >&2
  exit 1
fi

h2_jar() {
  if [ -n "${POLKU_H2_JAR:-}" ]; then echo "$POLKU_H2_JAR"; return; fi
  local app tmp
  app=$(ls target/polku-*.jar 2>/dev/null | head -1)
  [ -n "$app" ] || { echo "Set POLKU_H2_JAR or build target/polku-*.jar" >&2; exit 1; }
  tmp=$(mktemp -d)
  (cd "$tmp" && jar xf "$(realpath "$OLDPWD/$app")" BOOT-INF/lib) 2>/dev/null || unzip -q -o "$app" 'BOOT-INF/lib/h2-*' -d "$tmp"
  ls "$tmp"/BOOT-INF/lib/h2-*.jar | head -1
}

case "${POLKU_DB:-h2}" in
  h2)
    if [ -e "$data/polku.mv.db" ]; then
      echo "$data/polku.mv.db exists: restore into a new directory (nothing was changed)" >&2
      exit 1
    fi
    mkdir -p "$data"
    java -cp "$(h2_jar)" org.h2.tools.RunScript -url "jdbc:h2:file:$(realpath "$data")/polku" -user sa -password "" \
      -script "$in/polku-h2.zip" -options compression zip
    ;;
  postgres)
    pg_restore --no-owner --no-privileges --exit-on-error -d "${PGDATABASE:?set PGDATABASE to the new, empty database}" \
      "$in/polku.pgdump"
    ;;
  *) echo "POLKU_DB must be h2 or postgres" >&2; exit 1 ;;
esac

mkdir -p "$attachments"
tar -C "$attachments" -xzf "$in/attachments.tar.gz"
echo "Restored $in into the database and $attachments"
