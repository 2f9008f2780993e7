/**
 * Installs our helpers on an isolated Handlebars instance, and makes the built-in block helpers
 * refuse an undefined argument: strict mode lets `{{#each kegiatn}}` (misspelt) render nothing.
 * `lookup` is the one helper whose "not there" is legitimate (`(lookup target tahun)` for a year
 * without a target), so it answers null instead of undefined and passes the guards.
 */
import type Handlebars from 'handlebars';
import type { HelperDelegate } from 'handlebars';
import { HelperError, type HelperCallOptions } from './helper-error.js';
import { logicHelpers } from './logic-helpers.js';
import { numberHelpers } from './number-helpers.js';
import { textHelpers } from './text-helpers.js';

type HandlebarsInstance = typeof Handlebars;

const GUARDED_BUILTINS = ['if', 'unless', 'each', 'with'] as const;

/** Every helper a template may call, ours and Handlebars' own. */
export function registerHelpers(hb: HandlebarsInstance): void {
  for (const helpers of [numberHelpers, textHelpers, logicHelpers]) {
    for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  }
  const lookup = hb.helpers['lookup'];
  if (lookup !== undefined) {
    hb.registerHelper('lookup', function lookupOrNull(this: unknown, ...args: unknown[]): unknown {
      return (lookup as (...a: unknown[]) => unknown).apply(this, args) ?? null;
    });
  }
  for (const name of GUARDED_BUILTINS) {
    const original = hb.helpers[name];
    if (original === undefined) continue;
    hb.registerHelper(name, guardBuiltin(name, original));
  }
}

function guardBuiltin(name: string, original: HelperDelegate): HelperDelegate {
  return function guarded(this: unknown, ...args: unknown[]): unknown {
    if (args.length >= 2 && args[0] === undefined) {
      const options = args[args.length - 1] as HelperCallOptions;
      throw new HelperError(`{{#${name}}}: argumennya tidak ada di data templat.`, options, 0);
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
}
