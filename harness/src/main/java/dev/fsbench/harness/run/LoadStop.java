package dev.fsbench.harness.run;

import java.util.function.LongSupplier;

/**
 * Ends a load phase's sending early, e.g. a capacity ramp once the engine is clearly behind, so it does not dig a
 * backlog it then needs minutes to work off. Asked before every event: read the suppliers only now and then.
 */
@FunctionalInterface
public interface LoadStop {

    LoadStop NEVER = (eventsSent, membershipsReceived) -> false;

    /**
     * @param eventsSent          events the generator has sent so far
     * @param membershipsReceived the sum of the counts of the result records collected so far (event-window
     *                            memberships accounted for)
     */
    boolean stop(LongSupplier eventsSent, LongSupplier membershipsReceived);
}
