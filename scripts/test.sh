#!/usr/bin/env bash
# The test command: installs the servers and tools the tests check generated files with (PostgreSQL 15 and
# Redis and etcd for configuration files, shellcheck for playbooks, Graphviz's dot for diagrams, Chromium to
# open the HTML report; Debian's or Ubuntu's packages) when they are missing, then runs every test.
# On a machine that already has them it is the same as `mvn -B verify`. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! ls /usr/lib/postgresql/*/bin/postgres > /dev/null 2>&1; then
    missing+=(postgresql)
fi
if ! command -v redis-server > /dev/null 2>&1; then
    missing+=(redis-server)
fi
if ! command -v etcd > /dev/null 2>&1; then
    missing+=(etcd-server)
fi
if ! command -v shellcheck > /dev/null 2>&1; then
    missing+=(shellcheck)
fi
if ! command -v dot > /dev/null 2>&1; then
    missing+=(graphviz)
fi
if ! command -v chromium > /dev/null 2>&1; then
    missing+=(chromium)
fi

if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing ${missing[*]} (the tests check generated files with them)"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo > /dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "test.sh: ${missing[*]} missing and neither root nor sudo; install them: apt-get install ${missing[*]}" >&2
        exit 2
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

exec mvn -B verify "$@"
