package dev.fsbench.results;

public record KafkaInfo(String backend, String version, Double startupMs, String bootstrapServers) {}
