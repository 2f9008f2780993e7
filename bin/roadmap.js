#!/usr/bin/env node
// The CLI's path before it started as CommonJS, kept so that scripts and hooks calling
// `node bin/roadmap.js` still work. The entry point is bin/roadmap.cjs (package.json "bin").
import './roadmap.cjs';
