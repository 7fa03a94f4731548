#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the store tests and prints its postgres:// URL.
# Installs Debian's postgresql when missing. Usage: export RASD_TEST_PG=$(bash .ci/start-postgres.sh)
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing postgresql from Debian…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
user=postgres
id "$user" >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql "$user"

port=${RASD_PG_PORT:-55432}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

dir=$(mktemp -d /tmp/rasd-pg.XXXXXX)
chown "$user" "$dir"
run() { if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi; }
run "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
run "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE USER rasd PASSWORD 'rasd'" -c "CREATE DATABASE rasd OWNER rasd" >&2
echo "postgres://rasd:rasd@127.0.0.1:$port/rasd"
