package dev.fsbench.harness.result;

public record KafkaInfo(String backend, String version, Double startupMs, String bootstrapServers) {}
