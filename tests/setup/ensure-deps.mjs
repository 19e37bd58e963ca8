#!/usr/bin/env node
// Installs what the product and its tests need when it is missing, so that
// `npm start` and `npm test` work on a fresh machine. Plain Node, no packages:
// it runs before node_modules exists.
//   node tests/setup/ensure-deps.mjs            npm packages
//   node tests/setup/ensure-deps.mjs --browser  npm packages + Debian chromium and fonts-noto-cjk
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => {
  console.log(`[setup] ${cmd}`);
  execSync(cmd, { stdio: 'inherit' });
};

const lockfile = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(lockfile).mtimeMs > statSync(installed).mtimeMs) {
  run('npm ci --no-audit --no-fund');
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
