#!/usr/bin/env node
// The CLI as one bundle (scripts/bundle.js, made by `npm run build`): loading it is faster than
// loading the compiled modules one by one.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
