package dev.fsbench.spark;

import java.io.Serializable;
import java.util.Iterator;
import scala.Tuple2;

/** Where the DStream job's window counts go, one partition at a time; runs inside tasks, so serializable. */
@FunctionalInterface
public interface WindowSink extends Serializable {

    void write(long windowStartMs, long windowEndMs, Iterator<Tuple2<String, Long>> counts) throws Exception;
}
