package dev.fsbench.results;

import java.util.List;

/**
 * The result's "microbenchmarks" section.
 *
 * @param profile     "quick" or "full": JMH forks and iterations; results of different profiles are not compared
 * @param wallTimeSec how long the microbenchmarks took
 */
public record MicrobenchSection(
        String profile,
        double wallTimeSec,
        List<String> jmhResultFiles,
        List<String> sizeFiles,
        List<MicrobenchResult> results,
        List<Claim> claims) {
    public MicrobenchSection {
        jmhResultFiles = Copies.list(jmhResultFiles);
        sizeFiles = Copies.list(sizeFiles);
        results = Copies.list(results);
        claims = Copies.list(claims);
    }
}
