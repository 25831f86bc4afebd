package dev.fsbench.harness.micro;

import java.util.List;

/** The result's "microbenchmarks" section. */
public record MicrobenchSection(
        String profile,
        double wallTimeSec,
        List<String> jmhResultFiles,
        List<String> sizeFiles,
        List<MicrobenchResult> results,
        List<Claim> claims) {}
