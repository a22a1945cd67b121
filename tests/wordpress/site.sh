#!/usr/bin/env bash
# A WordPress site for the plugin's tests, from Debian's packages
# (wordpress, mariadb-server, php-cli): MariaDB on a socket in target/,
# PHP's built-in server on 127.0.0.1 only, a fresh database and
# wp-content on every start.
#
#   site.sh start PORT   sets up and starts the site, prints its address
#   site.sh stop         stops the servers
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SITE="$ROOT/target/wordpress-site"
WP=/usr/share/wordpress
CONFIG_NAME=netzwerk-matrix-test
CONFIG="/etc/wordpress/config-$CONFIG_NAME.php"
SOCK="$SITE/mysqld.sock"

stop() {
  for pid in "$SITE/php.pid" "$SITE/mysqld.pid"; do
    if [ -f "$pid" ]; then
      # Each server runs in its own process group (setsid): PHP's workers too.
      kill -- "-$(cat "$pid")" 2>/dev/null || kill "$(cat "$pid")" 2>/dev/null || true
      rm -f "$pid"
    fi
  done
  # The database server removes its socket when it has stopped.
  for _ in $(seq 1 50); do [ -S "$SOCK" ] || break; sleep 0.2; done
}

start() {
  local port="$1"
  stop
  rm -rf "$SITE"
  mkdir -p "$SITE/wp-content/plugins" "$SITE/wp-content/themes" "$SITE/wp-content/uploads" "$SITE/wp-content/upgrade"
  ln -s "$WP/wp-content/themes/twentytwentythree" "$SITE/wp-content/themes/twentytwentythree"
  # A German site: WordPress offers a language once its .mo file is there.
  # Debian has no package of WordPress's own German texts, so this one is
  # empty; the plugin brings its own.
  mkdir -p "$SITE/wp-content/languages"
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\nLanguage: de_DE\\n"\n' \
    | msgfmt -o "$SITE/wp-content/languages/de_DE.mo" -

  mariadb-install-db --no-defaults --datadir="$SITE/mysql" --user="$(id -un)" \
    --auth-root-authentication-method=normal --skip-test-db >"$SITE/mysql-install.log" 2>&1
  setsid mariadbd --no-defaults --datadir="$SITE/mysql" --socket="$SOCK" --skip-networking \
    --user="$(id -un)" --pid-file="$SITE/mysqld-server.pid" --log-error="$SITE/mysqld.err" 2>>"$SITE/mysqld.err" &
  echo $! >"$SITE/mysqld.pid"
  for _ in $(seq 1 100); do [ -S "$SOCK" ] && break; sleep 0.1; done
  mariadb --no-defaults -S "$SOCK" -u root -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4"

  # Debian's wp-config.php reads /etc/wordpress/config-<name>.php, named by
  # the server variable WORDPRESS_CONFIG (the router sets it).
  cat >"$CONFIG" <<PHP
<?php
// Written by netzwerk-matrix's tests/wordpress/site.sh for its test site.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:$SOCK');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_CONTENT_DIR', '$SITE/wp-content');
define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '$SITE/debug.log');
define('WP_DEBUG_DISPLAY', false);
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTH_KEY', 'test'); define('SECURE_AUTH_KEY', 'test'); define('LOGGED_IN_KEY', 'test'); define('NONCE_KEY', 'test');
define('AUTH_SALT', 'test'); define('SECURE_AUTH_SALT', 'test'); define('LOGGED_IN_SALT', 'test'); define('NONCE_SALT', 'test');
PHP

  NETZWERK_MATRIX_SITE="$SITE" PHP_CLI_SERVER_WORKERS=4 \
    setsid php -S "127.0.0.1:$port" -t "$WP" "$ROOT/tests/wordpress/router.php" >"$SITE/php.log" 2>&1 &
  echo $! >"$SITE/php.pid"
  php "$ROOT/tests/wordpress/setup.php" "$port"
  for _ in $(seq 1 100); do
    php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://127.0.0.1:$port/wp-login.php" && break
    sleep 0.1
  done
  echo "http://127.0.0.1:$port"
}

case "${1:-}" in
  start) start "${2:?port}" ;;
  stop) stop ;;
  *) echo "usage: site.sh start PORT | stop" >&2; exit 2 ;;
esac
