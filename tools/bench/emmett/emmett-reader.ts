// Kept apart from the driver so the bench process can print it without loading Emmett.
export const EMMETT_READER =
  'eventStore.consumer() + consumer.reactor({ eachMessage }), default pulling options, started once and left running. ' +
  'Its puller calls readMessagesBatch: transaction_id < pg_snapshot_xmin(pg_current_snapshot()), ORDER BY ' +
  'transaction_id, global_position, resuming at global_position > the last one read; the reactor then skips any ' +
  'message whose global_position is not above its stored checkpoint.';
