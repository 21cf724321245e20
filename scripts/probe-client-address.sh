# A check of the client address through the real server (docs/security.md, V6):
# fourteen failed sign-ins, each with its own X-Forwarded-For and a forged
# x-portal-peer-address, must count as one client: the 11th is RATE_LIMITED.
# Needs a build in .next-test. Run:
#   TEST_PG_PORT=5434N node scripts/with-db.mjs --test sh scripts/probe-client-address.sh
set -e
npx tsx tests/support/reset-and-seed.ts > /dev/null
NEXT_DIST_DIR=.next-test NEXTAUTH_URL=http://localhost:3203 NEXTAUTH_SECRET=probe-secret-probe-secret APP_PROCESSES=1 PAGE_CACHE=0 node scripts/server.mjs 3203 > /tmp/serve-probe.log 2>&1 &
PID=$!
for i in $(seq 1 60); do curl -s -o /dev/null http://localhost:3203/login && break; sleep 1; done
J=/tmp/probe-jar
rm -f $J
CSRF=$(curl -s -c $J -b $J http://localhost:3203/api/auth/csrf | sed 's/.*"csrfToken":"\([^"]*\)".*/\1/')
for i in $(seq 1 14); do
  OUT=$(curl -s -c $J -b $J -H "X-Forwarded-For: 198.51.100.$i" -H "x-portal-peer-address: 203.0.113.$i" --data-urlencode "csrfToken=$CSRF" --data-urlencode "login=nobody-$i" --data-urlencode "password=wrong" --data-urlencode "json=true" http://localhost:3203/api/auth/callback/credentials)
  echo "$i $OUT"
done
kill $PID
