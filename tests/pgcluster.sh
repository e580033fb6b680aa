#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL cluster for the tests: made with initdb in a temporary folder, run by an
# unprivileged user (PostgreSQL refuses root: as root, the "postgres" user of Debian's package,
# else "nobody"), listening on 127.0.0.1 on a free port, trusting local connections.
#
#   pgcluster.sh start STATE    make and start a cluster; STATE/url gets its address
#                                (postgresql://bilan@127.0.0.1:PORT/bilan), also printed
#   pgcluster.sh stop STATE     stop it and remove its files
#   pgcluster.sh kill STATE     stop it at once, as a crash would (pg_ctl stop -m immediate)
#   pgcluster.sh restart STATE  start it again on the same port, with the same data
#
# STATE is a folder of the caller's; the data live in a temporary folder it names.
# BILAN_PG_BIN: the folder of initdb and pg_ctl (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

action="${1:-}"
state="${2:-}"
if [ -z "$action" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop|kill|restart STATE" >&2
    exit 2
fi

bin="${BILAN_PG_BIN:-}"
if [ -z "$bin" ]; then
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "pgcluster.sh: initdb and pg_ctl not found (install Debian's postgresql package, or set BILAN_PG_BIN)" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id -u postgres >/dev/null 2>&1 || owner=nobody
    as_owner=(runuser -u "$owner" --)
fi

# The cluster's files: a folder the running user owns.
datadir() { cat "$state/datadir"; }

start_on() {
    local port="$1" root
    root="$(datadir)"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$root/data" -l "$root/log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$root -c fsync=off -c max_connections=200" \
        start >/dev/null
}

case "$action" in
start)
    # A cluster left by an interrupted run is stopped and removed first.
    if [ -f "$state/datadir" ]; then "$0" stop "$state"; fi
    mkdir -p "$state"
    root="$(mktemp -d /tmp/bilan-pg.XXXXXX)"
    chmod 755 "$root"
    echo "$root" >"$state/datadir"
    if [ ${#as_owner[@]} -gt 0 ]; then chown "$owner" "$root"; fi
    "${as_owner[@]}" "$bin/initdb" -D "$root/data" -U bilan -A trust -E UTF8 --no-locale --no-sync >"$state/initdb.log" 2>&1 || {
        cat "$state/initdb.log" >&2
        exit 1
    }
    # One person of the desk, "dora", must give a password (the password tests); everyone else
    # is trusted. pg_hba.conf is read top down: her line goes first.
    "${as_owner[@]}" sed -i '1i host all dora 127.0.0.1/32 scram-sha-256' "$root/data/pg_hba.conf"
    # A free port: one at random, another if it is taken.
    started=""
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        if start_on "$port" 2>>"$state/start.log"; then
            started=$port
            break
        fi
    done
    if [ -z "$started" ]; then
        echo "pgcluster.sh: the cluster did not start:" >&2
        cat "$root/log" >&2 || true
        exit 1
    fi
    echo "$started" >"$state/port"
    "${as_owner[@]}" "$bin/psql" -h 127.0.0.1 -p "$started" -U bilan -d postgres -q -c "CREATE DATABASE bilan" >/dev/null
    url="postgresql://bilan@127.0.0.1:$started/bilan"
    echo "$url" >"$state/url"
    echo "$url"
    ;;
stop)
    [ -f "$state/datadir" ] || exit 0
    root="$(datadir)"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$root"
    rm -f "$state/datadir" "$state/url" "$state/port"
    ;;
kill)
    "${as_owner[@]}" "$bin/pg_ctl" -D "$(datadir)/data" -m immediate -w stop >/dev/null
    ;;
restart)
    start_on "$(cat "$state/port")"
    ;;
*)
    echo "usage: $0 start|stop|kill|restart STATE" >&2
    exit 2
    ;;
esac
