package dev.fsbench.flink;

/**
 * One completed checkpoint as REST reports it: {@code state_size}, the size of the state it holds (the whole state:
 * the job's checkpoints are full unless {@code execution.checkpointing.incremental} is set), and {@code
 * end_to_end_duration}, from the trigger to the last subtask's acknowledgement.
 *
 * @param completedCount checkpoints completed in the job so far ({@code counts.completed})
 */
record CompletedCheckpoint(long id, long stateSizeBytes, long durationMs, long completedCount) {}
