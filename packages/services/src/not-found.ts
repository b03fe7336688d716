import { AppError } from '@muster/kernel';

/** The `resource.not-found` error, naming the kind of thing and its id. */
export function notFound(entity: string, id: string | number): AppError {
  return new AppError('resource.not-found', `No ${entity} with id ${String(id)}.`, { entity, id });
}
