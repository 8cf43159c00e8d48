#!/usr/bin/env bash
# Render the next database migration for both providers, offline.
#
# Usage: scripts/render-migration.sh <name> [git-ref]
#
#   <name>     what the migration does, e.g. add_post_language. Lower-cased; anything other
#              than a-z, 0-9 and _ becomes _.
#   [git-ref]  the commit whose schema the existing migrations already describe (default
#              HEAD, i.e. the last committed schema). The special value `empty` diffs from
#              an empty database (only useful to re-render or check the initial migration).
#
# For each provider (sqlite, postgresql) it diffs prisma/<provider>/schema.prisma as of
# <git-ref> against the working-tree file and, when they differ, writes
#   prisma/<provider>/migrations/<UTC timestamp>_<name>/migration.sql
# (plus migrations/migration_lock.toml if missing). When neither schema changed it says so
# and writes nothing. Edit prisma/sqlite/schema.prisma and run `npm run db:sync-schemas`
# first; the script refuses to run while the PostgreSQL copy is out of sync.
#
# Why this and not `prisma migrate dev`: Prisma 7's migrate engine is a native binary that
# cannot be downloaded on machines limited to the npm registry. Prisma 6.19.3's CLI can run
# its WebAssembly schema engine instead when prisma.config.ts selects `engine: "js"` with a
# driver adapter, and `prisma migrate diff --from-schema-datamodel A --to-schema-datamodel B
# --script` then needs no database: the only query the engine sends is PostgreSQL's
# version probe, which the stub adapter below answers; any other query aborts the run. The
# SQL is the same as Prisma renders with its native engine.
#
# The toolchain (prisma@6.19.3 only, ~5 s to install) lives outside the repo, in
# $CT_PRISMA6_HOME (default: ${XDG_CACHE_HOME:-~/.cache}/campaign-tracker/prisma-6.19.3),
# and is reused on later runs. Scratch files go to a temp folder removed on exit.
#
# Always read the rendered SQL before committing it. `migrate diff` prints none of the
# warnings `migrate dev` would (dropped columns, a required column added without a default
# to a table that has rows, ...): fix such steps by hand. Never edit a migration once it has
# been applied anywhere: its checksum is recorded in _prisma_migrations.
#
# Exit status: 0 written or nothing to migrate, 1 error.
set -euo pipefail

PRISMA_VERSION=6.19.3
PROVIDERS=(sqlite postgresql)

die() { echo "render-migration: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 && $1 != -h && $1 != --help ]] || {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 1
}

name=$(printf '%s' "$1" | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9_]+/_/g; s/_+/_/g; s/^_+//; s/_+$//')
[[ -n $name ]] || die "invalid migration name: '$1'"
ref=${2:-HEAD}

command -v node >/dev/null || die "node is required"
command -v npm >/dev/null || die "npm is required"
root=$(git rev-parse --show-toplevel 2>/dev/null) || die "run this inside the campaign-tracker git repository"
cd "$root"

if [[ $ref != empty ]]; then
  git rev-parse --verify --quiet "$ref^{commit}" >/dev/null ||
    die "git ref '$ref' does not name a commit (nothing committed yet? pass 'empty' to diff from an empty database)"
fi

for p in "${PROVIDERS[@]}"; do
  [[ -f prisma/$p/schema.prisma ]] || die "missing prisma/$p/schema.prisma"
done

# The PostgreSQL schema must be exactly what `npm run db:sync-schemas` makes of the SQLite one.
if [[ -x node_modules/.bin/tsx ]]; then
  node_modules/.bin/tsx --eval '
    import { readFileSync } from "node:fs";
    import { postgresSchemaFrom, SCHEMA_PATHS } from "./lib/db/schema-variants.ts";
    const want = postgresSchemaFrom(readFileSync(SCHEMA_PATHS.sqlite, "utf8"));
    process.exit(want === readFileSync(SCHEMA_PATHS.postgresql, "utf8") ? 0 : 3);
  ' || die "prisma/postgresql/schema.prisma is out of sync: run 'npm run db:sync-schemas' first"
else
  echo "render-migration: warning: node_modules/.bin/tsx missing, schema sync not checked" >&2
fi

# --- Prisma 6 toolchain, outside the repo -------------------------------------------------
tool=${CT_PRISMA6_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/campaign-tracker/prisma-$PRISMA_VERSION}
installed=$(node -p "require('$tool/node_modules/prisma/package.json').version" 2>/dev/null || true)
if [[ $installed != "$PRISMA_VERSION" ]]; then
  echo "render-migration: installing prisma@$PRISMA_VERSION into $tool" >&2
  mkdir -p "$tool"
  # --ignore-scripts: @prisma/engines' postinstall would try to download native engines.
  npm install --prefix "$tool" --ignore-scripts --no-audit --no-fund --loglevel=error \
    "prisma@$PRISMA_VERSION" >&2 || die "npm install of prisma@$PRISMA_VERSION failed"
fi

# Stub driver adapter: the JS schema engine wants one, but a datamodel-to-datamodel diff
# touches no database. PostgreSQL's connector sends one probe at start-up; answer it, and
# fail loudly on anything else rather than render SQL from made-up answers.
cat >"$tool/offline-diff.config.ts" <<'EOF'
// Written by campaign-tracker's scripts/render-migration.sh; rewritten on every run.
import { defineConfig } from "prisma/config";

const provider = process.env.CT_DIFF_PROVIDER === "postgres" ? "postgres" : "sqlite";

function refuse(what: string): never {
  throw new Error(`offline diff: the schema engine tried to ${what}; this stub has no database`);
}

function stubAdapter() {
  return {
    provider,
    adapterName: "campaign-tracker-offline-stub",
    async queryRaw(query: { sql: string }) {
      if (provider === "postgres" && /FROM pg_namespace/.test(query.sql) && /version\(\)/.test(query.sql)) {
        // columns: exists (Boolean = 5), version (Text = 7), numeric_version (Int32 = 0)
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [5, 7, 0],
          rows: [[true, "PostgreSQL 16.0 (offline stub)", 160000]],
        };
      }
      return refuse(`run ${query.sql}`);
    },
    async executeRaw(query: { sql: string }) { return refuse(`run ${query.sql}`); },
    async executeScript() { return refuse("run a script"); },
    async startTransaction() { return refuse("open a transaction"); },
    async dispose() {},
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () =>
    ({
      provider,
      adapterName: "campaign-tracker-offline-stub",
      connect: async () => stubAdapter(),
      connectToShadowDb: async () => stubAdapter(),
    }) as never,
});
EOF

work=$(mktemp -d "${TMPDIR:-/tmp}/render-migration.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Prisma 6 requires a `url` in the datasource (Prisma 7 forbids it): add a dummy one to a
# copy, right after the datasource's provider line. Nothing connects to it.
with_dummy_url() { # <provider> <in> <out>
  local url
  case $1 in
    sqlite) url='file:./offline-diff.db' ;;
    postgresql) url='postgresql://offline@localhost:5432/offline' ;;
  esac
  awk -v url="$url" '
    /^[[:space:]]*datasource[[:space:]]/ { inds = 1 }
    { print }
    inds && /^[[:space:]]*provider[[:space:]]*=/ { print "  url      = \"" url "\""; inds = 0 }
  ' "$2" >"$3"
  grep -q '^  url      = ' "$3" || die "could not find the datasource provider in $2"
}

stamp=$(date -u +%Y%m%d%H%M%S)
folder="${stamp}_${name}"
declare -A rendered=()

for p in "${PROVIDERS[@]}"; do
  dir="prisma/$p/migrations"
  latest=$(find "$dir" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | LC_ALL=C sort | tail -n 1 || true)
  [[ -z $latest || $latest < $folder ]] ||
    die "$dir/$latest sorts after the new $folder (check the clock): migrations apply in name order"

  with_dummy_url "$p" "prisma/$p/schema.prisma" "$work/$p.to.prisma"
  from=(--from-empty)
  if [[ $ref != empty ]]; then
    if git cat-file -e "$ref:prisma/$p/schema.prisma" 2>/dev/null; then
      git show "$ref:prisma/$p/schema.prisma" >"$work/$p.from.raw.prisma"
      with_dummy_url "$p" "$work/$p.from.raw.prisma" "$work/$p.from.prisma"
      from=(--from-schema-datamodel "$work/$p.from.prisma")
    elif [[ -n $latest ]]; then
      die "prisma/$p/schema.prisma is not in $ref, but $dir already has migrations: pass the ref they were rendered from"
    else
      echo "render-migration: $p: no schema in $ref, diffing from an empty database" >&2
    fi
  fi

  adapter_provider=$p
  [[ $p == postgresql ]] && adapter_provider=postgres
  set +e
  (cd "$work" && CT_DIFF_PROVIDER=$adapter_provider \
    PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false \
    CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
    "$tool/node_modules/.bin/prisma" migrate diff --config "$tool/offline-diff.config.ts" \
      "${from[@]}" --to-schema-datamodel "$work/$p.to.prisma" \
      --script --exit-code --output "$work/$p.sql") >"$work/$p.log" 2>&1
  status=$?
  set -e
  case $status in
    0) echo "render-migration: $p: schema unchanged since $ref, nothing to migrate" ;;
    2) rendered[$p]=1 ;;
    *) cat "$work/$p.log" >&2; die "$p: prisma migrate diff failed (exit $status)" ;;
  esac
done

if [[ ${#rendered[@]} -eq 0 ]]; then
  echo "render-migration: nothing written"
  exit 0
fi

for p in "${PROVIDERS[@]}"; do
  [[ -n ${rendered[$p]:-} ]] || continue
  dir="prisma/$p/migrations"
  mkdir -p "$dir/$folder"
  cp "$work/$p.sql" "$dir/$folder/migration.sql"
  if [[ ! -f $dir/migration_lock.toml ]]; then
    printf '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "%s"\n' "$p" \
      >"$dir/migration_lock.toml"
  fi
  echo "render-migration: wrote $dir/$folder/migration.sql"
done
if [[ ${#rendered[@]} -ne ${#PROVIDERS[@]} ]]; then
  echo "render-migration: warning: only one provider changed; the schemas should differ only in provider/output" >&2
fi
echo "render-migration: review the SQL (no data-loss warnings are printed), then commit it with the schema"
