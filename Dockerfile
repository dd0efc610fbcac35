# The figures service with the built pane, help and manifest, for an agency or a province (see README,
# "Running it for an agency or a province"; docker-compose.yml adds PostgreSQL).
#   docker build -t baocao .
#   docker run -p 3001:3001 -v baocao-data:/data baocao                      # SQLite in the volume
#   docker run -p 3001:3001 -e BAOCAO_DB=postgres://u:p@db/baocao baocao      # PostgreSQL
# Dependencies come from package-lock.json only (npm ci): the same versions as CI, no resolution at build time.

FROM node:22-bookworm-slim AS build
# better-sqlite3 compiles from source when no prebuilt binary can be fetched (an offline or proxied build).
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ >/dev/null && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    BAOCAO_DB=/data/baocao.db \
    BAOCAO_PORT=3001 \
    BAOCAO_BASE_PATH=
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
# The figures a new SQLite database is seeded with.
COPY --from=build /app/test/fixtures/figures ./test/fixtures/figures
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3001
# Plain http inside: TLS ends at the reverse proxy in front (hence --trust-proxy); the readiness check includes
# the database.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.BAOCAO_PORT+(process.env.BAOCAO_BASE_PATH||'')+'/api/v1/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node bin/baocao.cjs serve --host 0.0.0.0 --port \"$BAOCAO_PORT\" --db \"$BAOCAO_DB\" --static dist --trust-proxy ${BAOCAO_BASE_PATH:+--base-path \"$BAOCAO_BASE_PATH\"} ${BAOCAO_ORIGIN:+--origin \"$BAOCAO_ORIGIN\"}"]
