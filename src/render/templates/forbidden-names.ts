/**
 * Names a template may never read: JavaScript's own object machinery, not data. A template set is
 * a folder anyone may hand a regency, so `{{this.constructor}}` or `{{lookup this "__proto__"}}`
 * must not reach a prototype. Handlebars already denies these at run time (silently, once we pass
 * its access options explicitly); the check before rendering names them in the template instead.
 */
export const FORBIDDEN_PROPERTIES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);

/**
 * Handlebars' prototype-access options, given explicitly. Denied either way, but when they are
 * left undefined Handlebars prints an English warning to the console ("Access has been denied to
 * resolve the property …") for every denied name, which would reach the user's terminal.
 */
export const PROTOTYPE_ACCESS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;
