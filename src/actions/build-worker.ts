/** A build process: receives one project at a time, builds it, replies with the result or error. */
import { buildProject } from './build.js';
import { serializeError, type WorkerReply, type WorkerRequest } from './build-pool.js';
import { loadTemplateSet, type LoadedTemplateSet } from './template-set.js';

let templateSet: LoadedTemplateSet | undefined;

process.on('message', async ({ index, path, options }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    templateSet ??= await loadTemplateSet(options.template, options.cwd);
    reply = { index, result: await buildProject(path, options, templateSet) };
  } catch (error) {
    reply = { index, error: serializeError(error) };
  }
  process.send?.(reply);
});
