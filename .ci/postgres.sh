#!/usr/bin/env bash
# Sets up the local PostgreSQL server that the store tests run against (vigie-store-postgres), and does nothing
# that is already done, so it can run before every build:
#   - installs Debian's postgresql package if no PostgreSQL server is installed;
#   - makes the cluster on port $VIGIE_PG_PORT listen on 127.0.0.1 only, creating a cluster if none uses that port;
#   - starts it and waits until it accepts connections;
#   - creates (or resets the password of) the role the tests log in as, and their database.
# Settings (the defaults match the tests' own defaults, see PostgresTestDatabase):
#   VIGIE_PG_PORT (5432), VIGIE_PG_USER (vigie), VIGIE_PG_PASSWORD (vigie), VIGIE_PG_DATABASE (vigie_test).
# Needs root for the install and the cluster; run as another user it only checks that the database is usable.
set -euo pipefail

PORT="${VIGIE_PG_PORT:-5432}"
ROLE="${VIGIE_PG_USER:-vigie}"
PASSWORD="${VIGIE_PG_PASSWORD:-vigie}"
DATABASE="${VIGIE_PG_DATABASE:-vigie_test}"
CLUSTER_NAME="vigie"

say() { echo "postgres.sh: $*"; }
fail() { echo "postgres.sh: error: $*" >&2; exit 1; }

usable() {
    PGPASSWORD="$PASSWORD" PGCONNECT_TIMEOUT=3 psql -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DATABASE" \
        -qtAc 'SELECT 1' >/dev/null 2>&1
}

if [ "$(id -u)" -ne 0 ]; then
    if command -v psql >/dev/null && usable; then
        say "database $DATABASE on 127.0.0.1:$PORT accepts role $ROLE; nothing to do"
        exit 0
    fi
    fail "PostgreSQL on 127.0.0.1:$PORT does not accept role $ROLE on database $DATABASE, and setting it up needs root: run 'sudo bash $0'"
fi

newest_version() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$bin" ] && basename "$(dirname "$(dirname "$bin")")"
}

VERSION="$(newest_version || true)"
if [ -z "$VERSION" ] || ! command -v pg_lsclusters >/dev/null; then
    say "no PostgreSQL server installed; installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    VERSION="$(newest_version || true)"
    [ -n "$VERSION" ] || fail "the postgresql package installed no server under /usr/lib/postgresql"
    say "installed PostgreSQL $VERSION"
else
    say "PostgreSQL $VERSION is installed"
fi

# The cluster using our port, as "version name"; Debian's package usually made "main" on 5432.
CLUSTER="$(pg_lsclusters -h | awk -v p="$PORT" '$3 == p { print $1 " " $2; exit }')"
if [ -z "$CLUSTER" ]; then
    say "no cluster uses port $PORT; creating cluster $VERSION/$CLUSTER_NAME"
    pg_createcluster -p "$PORT" "$VERSION" "$CLUSTER_NAME" >/dev/null
    CLUSTER="$VERSION $CLUSTER_NAME"
fi
read -r CVERSION CNAME <<<"$CLUSTER"
CONF_DIR="/etc/postgresql/$CVERSION/$CNAME"

# Only the loopback address: the test database has a well-known password.
mkdir -p "$CONF_DIR/conf.d"
WANTED="# Written by vigie .ci/postgres.sh: the test cluster listens on the loopback address only.
listen_addresses = '127.0.0.1'"
CONF_CHANGED=no
if [ "$(cat "$CONF_DIR/conf.d/vigie.conf" 2>/dev/null || true)" != "$WANTED" ]; then
    printf '%s\n' "$WANTED" >"$CONF_DIR/conf.d/vigie.conf"
    chown postgres:postgres "$CONF_DIR/conf.d/vigie.conf" 2>/dev/null || true
    CONF_CHANGED=yes
    say "set listen_addresses = '127.0.0.1' in $CONF_DIR/conf.d/vigie.conf"
fi

if pg_ctlcluster "$CVERSION" "$CNAME" status >/dev/null 2>&1; then
    if [ "$CONF_CHANGED" = yes ]; then
        say "restarting cluster $CVERSION/$CNAME to apply the listen address"
        pg_ctlcluster "$CVERSION" "$CNAME" restart
    else
        say "cluster $CVERSION/$CNAME is running"
    fi
else
    say "starting cluster $CVERSION/$CNAME on 127.0.0.1:$PORT"
    pg_ctlcluster "$CVERSION" "$CNAME" start
fi

for _ in $(seq 1 60); do
    if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
    sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$PORT" \
    || fail "the cluster $CVERSION/$CNAME does not accept connections on 127.0.0.1:$PORT after 60 s; see /var/log/postgresql/postgresql-$CVERSION-$CNAME.log"

# psql variables (:'name') quote the values, so any name or password is passed safely.
as_postgres_sql() {
    runuser -u postgres -- psql -p "$PORT" -d postgres -v ON_ERROR_STOP=1 -qtA \
        -v role="$ROLE" -v password="$PASSWORD" -v database="$DATABASE"
}
HAD_ROLE="$(echo "SELECT count(*) FROM pg_roles WHERE rolname = :'role'" | as_postgres_sql)"
HAD_DATABASE="$(echo "SELECT count(*) FROM pg_database WHERE datname = :'database'" | as_postgres_sql)"
as_postgres_sql <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L',
              :'database', :'role', 'UTF8', 'C', 'C')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SQL
[ "$HAD_ROLE" = 1 ] && say "role $ROLE exists; its password was set again" || say "created role $ROLE"
[ "$HAD_DATABASE" = 1 ] && say "database $DATABASE exists" || say "created database $DATABASE owned by $ROLE"

usable || fail "role $ROLE cannot log in to $DATABASE on 127.0.0.1:$PORT with its password; check $CONF_DIR/pg_hba.conf"
say "ready: jdbc:postgresql://127.0.0.1:$PORT/$DATABASE (user $ROLE)"
