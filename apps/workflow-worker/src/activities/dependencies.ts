import type { DataSource } from 'typeorm';

/** What every activity is built from (its own module: the activities import it, index.ts assembles them). */
export interface ActivityDependencies {
  readonly dataSource: DataSource;
  /** The wall clock of the worker (only for audit columns; decisions take the workflow's time). */
  readonly clock?: () => Date;
}
