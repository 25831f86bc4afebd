package dev.fsbench.harness.baseline;

/** Placeholder so the driver compiles; the real engine lands next. */
public final class BaselineEngine {
    public static void main(String[] args) {
    }
}
