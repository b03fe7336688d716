import { z } from 'zod';

/**
 * A strict zod schema that accepts any part of `defaults`: every key optional, each value of the
 * default's own type (numbers, strings, booleans, arrays of the first element's type, nested
 * objects likewise). Lets a policy override any model parameter while unknown keys are rejected.
 */
export function schemaFromDefaults(defaults: unknown): z.ZodType {
  if (typeof defaults === 'number') return z.number().finite();
  if (typeof defaults === 'string') return z.string();
  if (typeof defaults === 'boolean') return z.boolean();
  if (Array.isArray(defaults)) return z.array(defaults.length > 0 ? schemaFromDefaults(defaults[0]) : z.unknown());
  if (defaults && typeof defaults === 'object') {
    const shape = Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, schemaFromDefaults(value).optional()]));
    return z.object(shape).strict();
  }
  return z.unknown();
}

/** `defaults` with `override` laid over it, key by key (arrays and scalars replace). */
export function mergeOverDefaults<T>(defaults: T, override: unknown): T {
  if (override === undefined) return defaults;
  if (defaults && typeof defaults === 'object' && !Array.isArray(defaults) && override && typeof override === 'object' && !Array.isArray(override)) {
    const result: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
    for (const [key, value] of Object.entries(override)) result[key] = mergeOverDefaults((defaults as Record<string, unknown>)[key], value);
    return result as T;
  }
  return override as T;
}
