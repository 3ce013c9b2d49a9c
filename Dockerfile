# Maillage: API and web app in one image (see docs/deployment.md).
# Build:  docker build -t maillage .
# Run:    docker compose up   (PostgreSQL, EventStoreDB and this image)

# Node.js 24 LTS (Node 20 reached end of life on 2026-04-30), the exact release and Debian 13.
# Pin it by digest where you build: the digest could not be read from this offline workspace.
#   docker buildx imagetools inspect node:24.20.0-trixie-slim   (the "Digest:" line)
# then NODE_IMAGE=node:24.20.0-trixie-slim@sha256:<that digest> (build arg or edit below).
ARG NODE_IMAGE=node:24.20.0-trixie-slim

# --- build: all dependencies, then the API (dist/api) and the web app (dist/web/browser)
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NG_CLI_ANALYTICS=false \
    CI=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# --- production dependencies only, installed apart so no build tool (nor the embedded
# PostgreSQL, a development dependency) reaches the runtime image
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# --- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Code and dependencies stay owned by root: the app user can run them, not change them.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/dist/web ./dist/web
COPY package.json ./
# The only place the app writes: exported audit-chain checkpoints (a volume in compose).
# Everything else can be read-only (compose sets read_only: true, with a tmpfs on /tmp).
RUN mkdir -p /var/lib/maillage && chown node:node /var/lib/maillage
USER node
EXPOSE 3000
# Liveness only (no database I/O): a database outage must not get the container restarted.
# Load balancers use /api/health/ready. Node has fetch built in, so the slim image needs no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/api/apps/api/src/main.js"]
