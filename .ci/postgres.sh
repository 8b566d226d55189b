#!/usr/bin/env bash
# Starts a local PostgreSQL (installing Debian's package when missing) with a throw-away database casedesk_ci.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h localhost && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
SELECT 'CREATE ROLE casedesk_ci LOGIN PASSWORD ''casedesk_ci'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casedesk_ci') \gexec
SELECT 'CREATE DATABASE casedesk_ci OWNER casedesk_ci'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'casedesk_ci') \gexec
SQL
echo "PostgreSQL $version on localhost:5432, database casedesk_ci"
