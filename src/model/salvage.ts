/**
 * What can be used of a project that has schema errors: every part that validates on its own,
 * the parts that do not left out (undefined) at the same place, so list positions and field
 * paths stay those of the file. Cross-field checks run on this, so a file with twenty mistakes
 * shows twenty, not only the schema's.
 */
import * as z from 'zod/mini';

/**
 * `T` with every part possibly missing. An object key present with the value undefined was
 * written but did not validate; an absent key was not written.
 */
export type Salvaged<T> = T extends readonly (infer U)[]
  ? (Salvaged<U> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: Salvaged<T[K]> }
    : T;

/** The parts of `value` that `schema` accepts; undefined when nothing does. */
export function salvage<S extends z.ZodMiniType>(schema: S, value: unknown): Salvaged<z.output<S>> | undefined {
  return salvageAny(schema, value) as Salvaged<z.output<S>> | undefined;
}

/** Whether `key` was written in `object` but its value did not validate. */
export function writtenButInvalid(object: object, key: string): boolean {
  return key in object && (object as Record<string, unknown>)[key] === undefined;
}

// --- internal ---

function salvageAny(schema: z.core.$ZodType, value: unknown): unknown {
  const whole = z.safeParse(schema, value);
  if (whole.success) return whole.data;
  const def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; checks?: unknown[] };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return value === undefined || !def.innerType ? undefined : salvageAny(def.innerType, value);
    case 'object': {
      // A rule over the whole object (periode: selesai >= mulai) failed: its fields alone would mislead.
      if ((def.checks?.length ?? 0) > 0 || !isPlainObject(value)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
        const part = salvageAny(field, value[key]);
        if (part !== undefined || value[key] !== undefined) out[key] = part;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return undefined;
      const element = (def as z.core.$ZodArrayDef).element;
      return value.map((item) => salvageAny(element, item));
    }
    case 'record': {
      if (!isPlainObject(value)) return undefined;
      const { keyType, valueType } = def as z.core.$ZodRecordDef;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (z.safeParse(keyType, key).success) out[key] = salvageAny(valueType, item);
      }
      return out;
    }
    default:
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
