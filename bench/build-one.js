/** Builds one project in this process and prints its phase times and peak memory as JSON. */
import { resourceUsage } from 'node:process';
import { buildProject } from '../dist/actions/build.js';

const [project, output] = process.argv.slice(2);
const start = performance.now();
const result = await buildProject(project, { cwd: process.cwd(), output });
const total = performance.now() - start;
process.stdout.write(JSON.stringify({ total, phases: result.phases, bytes: result.bytes, maxRssMb: resourceUsage().maxRSS / 1024 }));
