#!/usr/bin/env bash
# Backs up Polku into one directory: the database and the uploaded attachments, with checksums.
# Usage: scripts/backup.sh BACKUP_DIR              (docs/OPERATIONS.md)
#   POLKU_DB=h2 (default)   H2 file database POLKU_DATA/polku (default ./data); stop Polku first.
#   POLKU_DB=postgres       pg_dump -Fc; connection from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE;
#                           POLKU_DB_SCHEMA limits the dump to one schema. Polku may keep running.
#   POLKU_ATTACHMENTS_DIR   default POLKU_DATA/attachments (polku.attachments.dir)
#   POLKU_H2_JAR            H2's jar; by default taken out of target/polku-*.jar
set -euo pipefail
out=${1:?usage: scripts/backup.sh BACKUP_DIR}
data=${POLKU_DATA:-./data}
attachments=${POLKU_ATTACHMENTS_DIR:-$data/attachments}
mkdir -p "$out"
if [ -n "$(ls -A "$out")" ]; then
  echo "$out is not empty: give a new directory for each backup" >&2
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
    if [ ! -f "$data/polku.mv.db" ]; then echo "No H2 database at $data/polku.mv.db" >&2; exit 1; fi
    # SCRIPT writes a consistent SQL dump (schema, rows, Flyway's history) into a zip.
    java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$(realpath "$data")/polku" -user sa -password "" \
      -script "$out/polku-h2.zip" -options compression zip
    ;;
  postgres)
    # One consistent snapshot even while Polku writes (pg_dump runs in a single transaction).
    pg_dump -Fc --no-owner --no-privileges ${POLKU_DB_SCHEMA:+-n "$POLKU_DB_SCHEMA"} -f "$out/polku.pgdump"
    ;;
  *) echo "POLKU_DB must be h2 or postgres" >&2; exit 1 ;;
esac

mkdir -p "$attachments"
# tmp/ holds only uploads in progress; they are not part of anything saved.
tar -C "$attachments" --exclude=./tmp -czf "$out/attachments.tar.gz" .
(cd "$out" && sha256sum -- * > SHA256SUMS)
echo "Backed up to $out:"
cat "$out/SHA256SUMS"
