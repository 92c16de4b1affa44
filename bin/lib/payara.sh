# Shared by bin/run and bin/test: obtain Payara Server, manage a domain, point it at the database, deploy.
# Sourced, not executed. Needs only a JDK 17 (the Maven Wrapper fetches Maven, Maven fetches Payara).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNTIME="$ROOT/.runtime"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml")"
POSTGRESQL_VERSION="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")"
PAYARA_HOME="$RUNTIME/payara-$PAYARA_VERSION/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
EAR="$ROOT/ear/target/teleservices.ear"

say()  { printf '\033[1m[téléservices]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[téléservices] %s\033[0m\n' "$*" >&2; exit 1; }

# Downloads (once) the full Payara Server distribution from Maven Central and unpacks it under .runtime/.
ensure_payara() {
  [ -x "$ASADMIN" ] && return 0
  say "Téléchargement de Payara Server $PAYARA_VERSION (une seule fois)…"
  mkdir -p "$RUNTIME"
  "$ROOT/mvnw" -q -B dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
      -DoutputDirectory="$RUNTIME" || fail "Téléchargement de Payara impossible (accès à Maven Central ?)"
  local zip="$RUNTIME/payara-$PAYARA_VERSION.zip" dest="$RUNTIME/payara-$PAYARA_VERSION"
  rm -rf "$dest" && mkdir -p "$dest"
  if command -v unzip >/dev/null 2>&1; then unzip -q "$zip" -d "$dest"; else (cd "$dest" && jar xf "$zip"); fi
  chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
  rm -f "$zip"
}

# The PostgreSQL driver, copied next to the runtime (added to the domain with add-library).
postgresql_driver() {
  local jar="$RUNTIME/postgresql-$POSTGRESQL_VERSION.jar"
  if [ ! -f "$jar" ]; then
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.postgresql:postgresql:$POSTGRESQL_VERSION" \
        -DoutputDirectory="$RUNTIME" >&2 || fail "Téléchargement du pilote PostgreSQL impossible"
  fi
  echo "$jar"
}

# asadmin against the current domain's admin port.
asadm() { "$ASADMIN" --interactive=false --port "$ADMIN_PORT" "$@"; }

domain_running() { asadm list-applications >/dev/null 2>&1; }

# ensure_domain NAME PORTBASE: creates the domain if missing (PORTBASE empty = Payara's default ports).
ensure_domain() {
  DOMAIN="$1"
  if [ -n "${2:-}" ]; then ADMIN_PORT=$(( $2 + 48 )); HTTP_PORT=$(( $2 + 80 )); else ADMIN_PORT=4848; HTTP_PORT=8080; fi
  if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    say "Création du domaine Payara « $DOMAIN »…"
    "$ASADMIN" --interactive=false create-domain --nopassword=true ${2:+--portbase "$2"} "$DOMAIN" >/dev/null \
        || fail "Création du domaine $DOMAIN impossible"
  fi
}

start_domain() {
  if domain_running; then
    say "Le domaine « $DOMAIN » tourne déjà : réutilisé."
  else
    say "Démarrage de Payara Server (domaine « $DOMAIN »)…"
    # The server inherits this environment: TELESERVICES_* settings reach MicroProfile Config.
    "$ASADMIN" --interactive=false start-domain "$DOMAIN" >/dev/null || fail "Démarrage de Payara impossible (voir $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
  fi
}

stop_domain() { "$ASADMIN" --interactive=false stop-domain "$DOMAIN" >/dev/null 2>&1 || true; }

# Database settings come from the environment; the embedded default is an H2 file under $1 (a directory).
# Checks them before anything is created, with one message that names the faulty variable.
resolve_database() {
  local h2_dir="$1"
  DB_URL="${TELESERVICES_DB_URL:-}"
  DB_USER="${TELESERVICES_DB_USER:-}"
  DB_PASSWORD="${TELESERVICES_DB_PASSWORD:-}"
  if [ -z "$DB_URL" ]; then
    [ -n "$DB_USER$DB_PASSWORD" ] && fail "TELESERVICES_DB_USER/TELESERVICES_DB_PASSWORD sont définis mais TELESERVICES_DB_URL ne l'est pas."
    mkdir -p "$h2_dir"
    DB_URL="jdbc:h2:file:$(cd "$h2_dir" && pwd)/teleservices;AUTO_SERVER=TRUE"
    DB_USER="sa"
  fi
  case "$DB_URL" in
    jdbc:postgresql://*)
      DB_KIND=postgresql
      [ -n "$DB_USER" ] || fail "TELESERVICES_DB_USER est obligatoire avec TELESERVICES_DB_URL=$DB_URL" ;;
    jdbc:h2:*) DB_KIND=h2 ;;
    *) fail "TELESERVICES_DB_URL non reconnue : « $DB_URL » (attendu : jdbc:postgresql://hôte:port/base, ou rien pour H2)" ;;
  esac
}

xml_escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g' <<<"$1"; }

# (Re)creates the jdbc/teleservices pool and resource and the mail session, then checks the connection.
configure_resources() {
  # No statement cache on the pool (statement-cache-size): a reused statement keeps the row limit a previous query set
  # on it (EclipseLink does not reset it), and the next query on the same SQL then fails or is cut short.
  local fingerprint="$DB_URL|$DB_USER|$DB_PASSWORD|${TELESERVICES_SMTP_HOST:-localhost}|${TELESERVICES_SMTP_PORT:-25}|${TELESERVICES_MAIL_FROM:-}|smtp-timeouts|rewrite-batches"
  local stamp="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/teleservices-resources.stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ] && asadm ping-connection-pool teleservices >/dev/null 2>&1; then
    return 0
  fi
  say "Configuration de la source de données ($DB_KIND)…"
  if asadm list-applications 2>/dev/null | grep -q '^teleservices '; then
    # Resources recreated under a deployed application come after it in domain.xml, and the next start of the
    # domain would load the application before its data source: undeploy it; bin/run deploys it again.
    asadm undeploy teleservices >/dev/null 2>&1 || true
  fi
  local ds props
  if [ "$DB_KIND" = postgresql ]; then
    asadm add-library "$(postgresql_driver)" >/dev/null 2>&1 || true
    ds="org.postgresql.ds.PGSimpleDataSource"
    # The password property must exist, even empty (trust authentication): the pool refuses to connect without it.
    # reWriteBatchedInserts: the driver sends a JDBC batch of inserts as multi-row INSERTs (the replication's and
    # EclipseLink's batches), several times faster than one statement per row.
    props="<property name=\"url\" value=\"$(xml_escape "$DB_URL")\"/><property name=\"user\" value=\"$(xml_escape "$DB_USER")\"/><property name=\"password\" value=\"$(xml_escape "$DB_PASSWORD")\"/><property name=\"reWriteBatchedInserts\" value=\"true\"/>"
  else
    ds="org.h2.jdbcx.JdbcDataSource"
    props="<property name=\"URL\" value=\"$(xml_escape "$DB_URL")\"/><property name=\"user\" value=\"$DB_USER\"/><property name=\"password\" value=\"\"/>"
  fi
  local file="$RUNTIME/$DOMAIN-resources.xml"
  cat > "$file" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE resources PUBLIC "-//Payara.fish//DTD Payara Server 4 Resource Definitions//EN" "https://raw.githubusercontent.com/payara/Payara-Server-Documentation/master/schemas/payara-resources_1_6.dtd">
<resources>
  <jdbc-connection-pool name="teleservices" datasource-classname="$ds" res-type="javax.sql.DataSource"
      steady-pool-size="2" max-pool-size="32" is-connection-validation-required="true"
      connection-validation-method="meta-data" fail-all-connections="true">
    $props
  </jdbc-connection-pool>
  <jdbc-resource pool-name="teleservices" jndi-name="jdbc/teleservices"/>
  <mail-resource jndi-name="mail/teleservices" host="${TELESERVICES_SMTP_HOST:-localhost}" user="teleservices"
      from="${TELESERVICES_MAIL_FROM:-ne-pas-repondre@teleservices.localhost}">
    <property name="mail.smtp.port" value="${TELESERVICES_SMTP_PORT:-25}"/>
    <!-- Timeouts (ms): a silent SMTP server must not hold the outbox sender forever. -->
    <property name="mail.smtp.connectiontimeout" value="10000"/>
    <property name="mail.smtp.timeout" value="30000"/>
    <property name="mail.smtp.writetimeout" value="30000"/>
  </mail-resource>
</resources>
XML
  asadm delete-jdbc-resource jdbc/teleservices >/dev/null 2>&1 || true
  asadm delete-jdbc-connection-pool teleservices >/dev/null 2>&1 || true
  asadm delete-javamail-resource mail/teleservices >/dev/null 2>&1 || true
  asadm add-resources "$file" >/dev/null || fail "Création des ressources impossible ($file)"
  if ! asadm ping-connection-pool teleservices >/dev/null 2>&1; then
    rm -f "$stamp"
    fail "Base de données injoignable avec TELESERVICES_DB_URL=$DB_URL (utilisateur « $DB_USER ») : vérifiez TELESERVICES_DB_URL, TELESERVICES_DB_USER et TELESERVICES_DB_PASSWORD."
  fi
  echo "$fingerprint" > "$stamp"
}

# A stable secret for encrypting temporary passwords at rest, generated once next to the data it protects.
ensure_secret_key() {
  local file="$1/secret.key"
  if [ -z "${TELESERVICES_SECRET_KEY:-}" ]; then
    if [ ! -f "$file" ]; then
      mkdir -p "$1"; (umask 077; head -c 32 /dev/urandom | base64 > "$file")
    fi
    export TELESERVICES_SECRET_KEY="$(cat "$file")"
  fi
}

deploy_ear() {
  say "Déploiement de l'application…"
  asadm deploy --force=true --name teleservices "$EAR" >"$RUNTIME/deploy.log" 2>&1 || {
    grep -h -o 'TELESERVICES :[^]]*' "$PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log" | tail -n 1 >&2 || true
    fail "Le déploiement a échoué (détails : $RUNTIME/deploy.log et le journal du serveur)."
  }
}

wait_ready() {
  local url="http://localhost:$HTTP_PORT/api/health/ready" i
  for i in $(seq 1 120); do
    if curl -fsS "$url" >/dev/null 2>&1 || java_http_ok "$url"; then return 0; fi
    sleep 1
  done
  fail "L'application ne répond pas sur $url"
}

# curl may be absent on a bare machine: fall back to the JDK's single-file source launcher.
java_http_ok() {
  command -v curl >/dev/null 2>&1 && return 1
  java "$ROOT/bin/lib/HttpCheck.java" "$1" >/dev/null 2>&1
}
