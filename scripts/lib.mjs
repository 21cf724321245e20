// Small helpers shared by scripts/start.mjs and scripts/test.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { root, runChild } from './with-db.mjs';

const BUILD_INPUTS = ['src', 'prisma/schema.prisma', 'package-lock.json', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json'];

function hashSources() {
  const hash = crypto.createHash('sha256');
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file).sort()) visit(path.join(file, entry));
    } else {
      hash.update(path.relative(root, file));
      hash.update(fs.readFileSync(file));
    }
  };
  for (const input of BUILD_INPUTS) visit(path.join(root, input));
  return hash.digest('hex');
}

/** Runs `next build` into distDir unless a build of the same sources is there. */
export async function buildIfNeeded(env, distDir) {
  const stamp = path.join(root, distDir, 'source-hash');
  const hash = hashSources();
  if (fs.existsSync(path.join(root, distDir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    console.log(`[build] ${distDir} is up to date`);
    return 0;
  }
  console.log(`[build] building the app into ${distDir} (about a minute on first run)`);
  const code = await runChild(path.join(root, 'node_modules/.bin/next'), ['build'], { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' });
  if (code === 0) fs.writeFileSync(stamp, hash);
  return code;
}

export function secretFile() {
  return path.join(root, '.data', 'nextauth-secret');
}
