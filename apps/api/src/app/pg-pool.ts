/** The app's PostgreSQL pool, in its own file so controllers the event-sourcing module declares can import it without a cycle. */
export const PG_POOL = Symbol('PgPool');
