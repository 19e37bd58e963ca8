#!/usr/bin/env node
// Installs what the product and its tests need when it is missing, so that
// `npm start` and `npm test` work on a fresh machine. Plain Node, no packages:
// it runs before node_modules exists.
//   node tests/setup/ensure-deps.mjs            npm packages
//   node tests/setup/ensure-deps.mjs --browser  npm packages + Debian chromium and fonts-noto-cjk
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const run = (cmd) => {
  console.log(`[setup] ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

// The packages are installed from the lockfile's content, not its date: a checkout (a new clone, a
// git worktree) gives the lockfile a new date without changing what it pins.
const lockfileHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const installedFrom = 'node_modules/.installed-lockfile-sha256';
if (!existsSync('node_modules/.package-lock.json') || !existsSync(installedFrom) || readFileSync(installedFrom, 'utf8').trim() !== lockfileHash) {
  run('npm ci --no-audit --no-fund');
  writeFileSync(installedFrom, `${lockfileHash}\n`);
}

if (process.argv.includes('--browser')) {
  const hasPackage = (name) => {
    try {
      execSync(`dpkg -s ${name}`, { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = ['chromium', 'fonts-noto-cjk'].filter((p) => !hasPackage(p));
  if (missing.length > 0) {
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`);
  }
}
